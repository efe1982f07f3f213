package io.salesbot.app.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Set;

/**
 * Files and folders only their owner may read: 0600 and 0700 where the file system has POSIX
 * permissions, owner-only read/write flags elsewhere. Secrets are created with these permissions
 * from the start, never widened and narrowed afterwards, so no other user can open them in between.
 */
final class OwnerOnlyFiles {

    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    static final Set<PosixFilePermission> DIRECTORY = PosixFilePermissions.fromString("rwx------");

    private OwnerOnlyFiles() {}

    /** Creates {@code dir} and any missing parents; the ones created here are 0700. */
    static void createDirectories(Path dir) throws IOException {
        Path absolute = dir.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute)) {
            return;
        }
        Path parent = absolute.getParent();
        if (parent != null) {
            createDirectories(parent);
        }
        try {
            if (posix(parent)) {
                Files.createDirectory(absolute, PosixFilePermissions.asFileAttribute(DIRECTORY));
            } else {
                Files.createDirectory(absolute);
                restrict(absolute);
            }
        } catch (FileAlreadyExistsException e) {
            if (!Files.isDirectory(absolute)) {
                throw e;
            }
        }
    }

    /** Narrows an existing file or folder of ours to its owner (0600 / 0700). */
    static void restrict(Path path) throws IOException {
        boolean dir = Files.isDirectory(path);
        if (posix(path)) {
            Files.setPosixFilePermissions(path, dir ? DIRECTORY : FILE);
            return;
        }
        java.io.File f = path.toFile();
        boolean ok = f.setReadable(false, false) && f.setReadable(true, true);
        ok &= f.setWritable(false, false) && f.setWritable(true, true);
        if (dir) {
            ok &= f.setExecutable(false, false) && f.setExecutable(true, true);
        }
        if (!ok) {
            throw new IOException("Cannot restrict " + path + " to its owner");
        }
    }

    /**
     * Writes {@code content} to {@code file} through a sibling temporary file that is 0600 from the
     * moment it exists, then moves it into place atomically: readers see the old file or the whole
     * new one, never a half-written or world-readable one.
     */
    static void writeSecret(Path file, String content) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        Path temp = posix(dir)
                ? Files.createTempFile(dir, file.getFileName() + ".", ".tmp", ownerOnlyFile())
                : Files.createTempFile(dir, file.getFileName() + ".", ".tmp");
        try {
            restrict(temp);
            Files.writeString(temp, content, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.SYNC);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    static boolean posix(Path path) {
        Path p = path == null ? Path.of("").toAbsolutePath() : path;
        return p.getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    private static FileAttribute<Set<PosixFilePermission>> ownerOnlyFile() {
        return PosixFilePermissions.asFileAttribute(FILE);
    }
}
