package io.salesbot.command;

/**
 * How an adapter fetches the file a command takes (an upload with the bot's token, a path typed
 * on the console). The core calls it only once the caller's role may run the command, so nobody
 * makes the bot fetch on their behalf what they could not use anyway.
 */
@FunctionalInterface
public interface UploadSource {

    /**
     * The file.
     *
     * @throws UploadRefused when there is none to take: nothing shared, too large to fetch ({@link
     *     Upload#exceedsLimit}), or the download failed; its message says which
     */
    Upload fetch();
}
