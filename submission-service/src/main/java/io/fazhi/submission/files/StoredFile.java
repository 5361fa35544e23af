package io.fazhi.submission.files;

/** An original file to send back: its bytes with the type and a safe name. */
public record StoredFile(String filename, String contentType, byte[] content) {
}
