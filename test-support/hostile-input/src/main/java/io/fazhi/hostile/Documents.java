package io.fazhi.hostile;

import java.util.List;

/** Makes well-formed office documents for the generators to damage. */
public interface Documents {

    /** A .docx with one paragraph per line of {@code text}, then a table of {@code rows} (cells split on '|'). */
    byte[] docx(String text, List<String> rows);

    /** A PDF whose text layer is {@code text}. */
    byte[] pdf(String text);
}
