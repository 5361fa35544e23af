package io.fazhi.submission.intake;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

import io.fazhi.submission.intake.DocumentRejectedException.Reason;

/**
 * Turns the parts of a bulk upload into the files to submit: a .zip part gives one file per entry (folders,
 * {@code __MACOSX/} and dot-files skipped), any other part is one file. Nothing in an archive is trusted: sizes are
 * counted while inflating, names are only ever labels, a nested archive is refused rather than opened. A file or
 * archive that cannot be read is one refused file, so it never blocks the others; only limits of the whole upload
 * refuse it all ({@link UploadTooLargeException}).
 */
public final class UploadUnpacker {

    private static final Set<String> JUNK = Set.of("thumbs.db", "desktop.ini");
    private static final Set<String> ZIP_TYPES = Set.of("application/zip", "application/x-zip-compressed");
    private static final int MAX_NAME_CHARS = 500;
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final long maxFileBytes;
    private final long maxTotalBytes;
    private final int maxFiles;

    /**
     * @param maxFileBytes largest file accepted, inflated or not
     * @param maxTotalBytes most all files of one upload may add up to, inflated
     * @param maxFiles most files one upload may hold
     */
    public UploadUnpacker(long maxFileBytes, long maxTotalBytes, int maxFiles) {
        this.maxFileBytes = maxFileBytes;
        this.maxTotalBytes = maxTotalBytes;
        this.maxFiles = maxFiles;
    }

    /** A part of the multipart upload, in the temporary file the server wrote it to. */
    public record Part(String filename, String contentType, Path file, long sizeBytes) {
    }

    /** One file to submit: its bytes, or why it is refused already (then {@code content} is null). */
    public record Unpacked(String name, long sizeBytes, byte[] content, DocumentRejectedException refusal) {
    }

    public List<Unpacked> unpack(List<Part> parts) {
        var out = new Output();
        for (int i = 0; i < parts.size(); i++) {
            Part part = parts.get(i);
            String name = label(part.filename() == null || part.filename().isBlank() ? "file-" + (i + 1)
                    : part.filename());
            if (isZip(part)) {
                unzip(name, part.file(), out);
            } else if (part.sizeBytes() > maxFileBytes) {
                out.add(new Unpacked(name, part.sizeBytes(), null, DocumentReader.tooLarge(part.sizeBytes(),
                        maxFileBytes)));
            } else {
                out.add(new Unpacked(name, part.sizeBytes(), read(part.file()), null));
            }
        }
        return out.files;
    }

    private void unzip(String archive, Path path, Output out) {
        try (ZipFile zip = open(path.toFile())) {
            if (out.files.size() + zip.size() > maxFiles) {
                throw tooManyFiles();
            }
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (!skipped(entry)) {
                    out.add(entryOf(zip, entry));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            // not a zip at all, or its directory is damaged: the archive is one refused file
            out.add(new Unpacked(archive, size(path), null, new DocumentRejectedException(Reason.MALFORMED,
                    "The archive cannot be read as a ZIP file; none of its files were read.")));
        }
    }

    private Unpacked entryOf(ZipFile zip, ZipEntry entry) {
        String name = label(entry.getName());
        if (DocumentReader.extension(name).equals("zip")) {
            return new Unpacked(name, Math.max(entry.getSize(), 0), null, new DocumentRejectedException(
                    Reason.UNSUPPORTED_TYPE, "An archive inside the archive is not unpacked; put its files in the "
                            + "upload itself."));
        }
        byte[] buffer = new byte[8192];
        var bytes = new java.io.ByteArrayOutputStream();
        try (InputStream in = zip.getInputStream(entry)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                // counted while inflating: the sizes an entry declares are not believed
                if (bytes.size() + n > maxFileBytes) {
                    return new Unpacked(name, bytes.size() + n, null, new DocumentRejectedException(Reason.TOO_LARGE,
                            "The file inflates to more than " + maxFileBytes + " bytes; the limit is " + maxFileBytes
                                    + " bytes (" + maxFileBytes / (1024 * 1024) + " MB)."));
                }
                bytes.write(buffer, 0, n);
            }
        } catch (IOException e) {
            return new Unpacked(name, bytes.size(), null, new DocumentRejectedException(Reason.MALFORMED,
                    "The file is damaged inside the archive (its compressed data is cut off or its checksum is wrong)."));
        }
        return new Unpacked(name, bytes.size(), bytes.toByteArray(), null);
    }

    /** Names are UTF-8 when the archive says so; Chinese Windows writes them in GBK without saying. */
    private static ZipFile open(File file) throws IOException {
        try {
            return new ZipFile(file, StandardCharsets.UTF_8);
        } catch (ZipException e) {
            return new ZipFile(file, GB18030);
        }
    }

    private static boolean skipped(ZipEntry entry) {
        if (entry.isDirectory()) {
            return true;
        }
        String[] segments = entry.getName().replace('\\', '/').split("/");
        for (String segment : segments) {
            if (segment.startsWith(".") || segment.equals("__MACOSX")) {
                return true;
            }
        }
        return segments.length == 0 || JUNK.contains(segments[segments.length - 1].toLowerCase(Locale.ROOT));
    }

    private static boolean isZip(Part part) {
        String ext = DocumentReader.extension(part.filename());
        return ext.equals("zip") || (ext.isEmpty() && part.contentType() != null
                && ZIP_TYPES.contains(part.contentType().toLowerCase(Locale.ROOT).split(";")[0].strip()));
    }

    /** A name to show and to read the extension of, never a path to use: control characters out, bounded. */
    static String label(String name) {
        String clean = name.replace('\\', '/').replaceAll("[\\p{Cntrl}\\p{Cf}]", "").strip();
        if (clean.isEmpty()) {
            clean = "unnamed";
        }
        return clean.length() <= MAX_NAME_CHARS ? clean : "…" + clean.substring(clean.length() - MAX_NAME_CHARS + 1);
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            // the server's temporary file, not the client's
            throw new UncheckedIOException(e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }

    private UploadTooLargeException tooManyFiles() {
        return new UploadTooLargeException("The upload holds more than " + maxFiles + " files; send them in "
                + "several uploads.");
    }

    /** The files so far, with the bytes they add up to. */
    private final class Output {
        private final List<Unpacked> files = new ArrayList<>();
        private long totalBytes;

        void add(Unpacked file) {
            if (files.size() >= maxFiles) {
                throw tooManyFiles();
            }
            totalBytes += file.sizeBytes();
            if (totalBytes > maxTotalBytes) {
                throw new UploadTooLargeException("The upload's files add up to more than " + maxTotalBytes
                        + " bytes once unpacked; send them in several uploads.");
            }
            files.add(file);
        }
    }
}
