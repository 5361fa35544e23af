package io.fazhi.hostile;

import static io.fazhi.hostile.Bytes.utf8;

import java.io.ByteArrayOutputStream;

/** A multipart/form-data body written by hand, so that any part of it can be wrong. */
public final class Form {

    private final String boundary;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    public Form(String boundary) {
        this.boundary = boundary;
    }

    public void field(String name, String value) {
        rawField(name, utf8(value));
    }

    public void rawField(String name, byte[] value) {
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n"));
        out.writeBytes(value);
        out.writeBytes(utf8("\r\n"));
    }

    public void file(String name, String filename, String contentType, byte[] content) {
        out.writeBytes(utf8("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + filename + "\"\r\n" + (contentType.isEmpty() ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n"));
        out.writeBytes(content);
        out.writeBytes(utf8("\r\n"));
    }

    public byte[] close() {
        out.writeBytes(utf8("--" + boundary + "--\r\n"));
        return out.toByteArray();
    }
}
