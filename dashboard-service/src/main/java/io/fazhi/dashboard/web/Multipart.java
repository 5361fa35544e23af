package io.fazhi.dashboard.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

/** A multipart/form-data body as a browser sends it: how the pages forward the files they received to an API. */
final class Multipart {

    private final String boundary = "----fazhi" + UUID.randomUUID();
    private final ByteArrayOutputStream body = new ByteArrayOutputStream();

    Multipart field(String name, String value) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"\r\n\r\n" + value + "\r\n");
        return this;
    }

    /** A file part; {@code content} is the page's own temporary copy of the upload. */
    Multipart file(String name, String fileName, Path content) {
        write("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name + "\"; filename=\""
                + fileName.replace("\"", "").replace("\r", "").replace("\n", "")
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
        try {
            body.write(Files.readAllBytes(content));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // our own temporary file, not the request's fault
        }
        write("\r\n");
        return this;
    }

    String contentType() {
        return "multipart/form-data; boundary=" + boundary;
    }

    byte[] bytes() {
        write("--" + boundary + "--\r\n");
        return body.toByteArray();
    }

    private void write(String s) {
        body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
    }
}
