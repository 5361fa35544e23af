package io.fazhi.submission.files;

/** Safe names for stored and downloaded files: no path, no control or quoting characters, bounded length. */
public final class FileNames {

    private static final int MAX_CHARS = 120;

    private FileNames() {
    }

    /** The last path segment of a client's file name, cleaned; {@code report.<ext>} when nothing is left. */
    public static String sanitize(String filename, String extension) {
        String name = filename == null ? "" : filename.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        StringBuilder b = new StringBuilder(name.length());
        name.codePoints()
                .filter(c -> !Character.isISOControl(c) && c != '"' && c != ';' && c != '*' && c != '?' && c != '<'
                        && c != '>' && c != '|' && c != ':' && Character.getType(c) != Character.FORMAT)
                .forEach(b::appendCodePoint);
        String clean = b.toString().strip().replaceAll("\\s+", " ");
        while (clean.startsWith(".")) {
            clean = clean.substring(1);
        }
        if (clean.isBlank() || clean.equals("." + extension)) {
            return "report." + extension;
        }
        if (clean.length() > MAX_CHARS) {
            int dot = clean.lastIndexOf('.');
            String ext = dot > 0 && clean.length() - dot <= 10 ? clean.substring(dot) : "";
            clean = clean.substring(0, MAX_CHARS - ext.length()) + ext;
        }
        return clean;
    }

    /** An ASCII stand-in for the quoted {@code filename=} parameter of old clients. */
    public static String asciiFallback(String filename) {
        String ascii = filename.replaceAll("[^\\x20-\\x7E]", "_").replace('"', '_').replace('\\', '_');
        return ascii.isBlank() ? "report" : ascii;
    }
}
