package io.salesbot.command;

import io.salesbot.reply.Message;
import io.salesbot.transfer.ImportLimit;

/**
 * A file someone gave with a command (a CSV to import), as its platform delivered it: the name it
 * had and its bytes, fetched by the adapter (an upload in chat, a path typed on the console) only
 * once the core has let the caller run the command (see {@link UploadSource}). The core decodes it.
 */
public record Upload(String name, byte[] content) {

    public Upload {
        name = name == null || name.isBlank() ? "file" : name;
        content = content == null ? new byte[0] : content;
    }

    /**
     * Whether a file of {@code bytes} is larger than any command accepts: an adapter that knows the
     * size before downloading (Slack, Discord, a file on disk) asks first and fetches nothing then.
     */
    public static boolean exceedsLimit(long bytes) {
        return ImportLimit.exceededBy(bytes);
    }

    /** Why the file {@code name} was not taken: it is larger than {@link #exceedsLimit} allows. */
    public static Message tooLarge(String name) {
        return ImportLimit.tooLarge(name);
    }

    public long size() {
        return content.length;
    }

    @Override
    public String toString() {
        // Never the content: it is people's data, and may be megabytes.
        return "Upload[" + name + ", " + content.length + " bytes]";
    }
}
