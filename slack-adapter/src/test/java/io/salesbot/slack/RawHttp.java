package io.salesbot.slack;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * HTTP/1.1 over a plain socket, for what a well-behaved client will not send: a declared length
 * that never arrives, a chunked body left open. The read timeout only keeps a broken server from
 * hanging the build; no assertion depends on how fast anything is.
 */
final class RawHttp implements AutoCloseable {

    /** The status line's code, the headers (names in lower case) and the body read. */
    record Answer(int status, Map<String, String> headers, String body) {}

    private final Socket socket;
    private final OutputStream out;
    private final InputStream in;

    RawHttp(int port) throws IOException {
        socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(15_000);
        out = socket.getOutputStream();
        in = socket.getInputStream();
    }

    /** Sends the request line and headers of a POST to /slack/events; the body is up to the caller. */
    RawHttp head(Map<String, String> headers) throws IOException {
        StringBuilder head = new StringBuilder("POST /slack/events HTTP/1.1\r\nHost: 127.0.0.1\r\n");
        headers.forEach(
                (name, value) -> head.append(name).append(": ").append(value).append("\r\n"));
        out.write(head.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    /** One chunk of a chunked body (the closing zero-length chunk is never sent unless asked for). */
    RawHttp chunk(byte[] bytes) throws IOException {
        out.write((Integer.toHexString(bytes.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(bytes);
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return this;
    }

    RawHttp bytes(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        return this;
    }

    /** The response: status, headers, and a body of Content-Length bytes. */
    Answer answer() throws IOException {
        String statusLine = line();
        Map<String, String> headers = new LinkedHashMap<>();
        for (String line = line(); !line.isEmpty(); line = line()) {
            int colon = line.indexOf(':');
            headers.put(
                    line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).trim());
        }
        int length = Integer.parseInt(headers.getOrDefault("content-length", "0"));
        String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
        return new Answer(Integer.parseInt(statusLine.split(" ")[1]), headers, body);
    }

    /**
     * Keeps sending body bytes ({@code chunked} or plain) after the answer, up to {@code limit}:
     * how many the server let through before it closed the connection. A server that meant to
     * read the whole body takes all of them.
     */
    long sendsAcceptedAfterAnswer(long limit, boolean chunked) {
        byte[] block = new byte[64 * 1024];
        long sent = 0;
        try {
            while (sent < limit) {
                if (chunked) {
                    chunk(block);
                } else {
                    bytes(block);
                }
                sent += block.length;
            }
        } catch (IOException closed) {
            return sent;
        }
        return sent;
    }

    private String line() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b == -1) {
                throw new IOException("connection closed before the answer ended: " + line);
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        return line.toString(StandardCharsets.US_ASCII);
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }
}
