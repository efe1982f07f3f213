package io.salesbot.discord.fake;

import java.nio.charset.StandardCharsets;
import net.dv8tion.jda.api.utils.data.DataArray;
import net.dv8tion.jda.api.utils.data.DataObject;

/** One REST call that reached the fake Discord, as JDA sent it. */
public record RecordedCall(String method, String path, String query, String contentType, byte[] body) {

    public boolean is(String method, String pathPattern) {
        return this.method.equals(method) && path.matches(pathPattern);
    }

    public String text() {
        return new String(body, StandardCharsets.UTF_8);
    }

    public boolean multipart() {
        return contentType != null && contentType.startsWith("multipart/");
    }

    /** The JSON body, or the {@code payload_json} part of a multipart body. */
    public DataObject json() {
        return DataObject.fromJson(multipart() ? part("payload_json") : text());
    }

    public DataArray jsonArray() {
        return DataArray.fromJson(text());
    }

    /** The raw bytes of a multipart part, e.g. {@code files[0]}. */
    public byte[] partBytes(String name) {
        String raw = new String(body, StandardCharsets.ISO_8859_1);
        int header = raw.indexOf("name=\"" + name + "\"");
        if (header < 0) {
            return null;
        }
        int start = raw.indexOf("\r\n\r\n", header) + 4;
        int end = raw.indexOf("\r\n--", start);
        return raw.substring(start, end).getBytes(StandardCharsets.ISO_8859_1);
    }

    private String part(String name) {
        byte[] bytes = partBytes(name);
        return bytes == null ? "{}" : new String(bytes, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return method + " " + path + (query == null ? "" : "?" + query);
    }
}
