package io.fazhi.dashboard.service;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Rankings as CSV for Excel and WPS: UTF-8 with a byte-order mark (without it both read Chinese names as GBK and
 * garble them), a header row, one row per entry, CRLF line ends, RFC 4180 quoting; a text cell that a spreadsheet
 * would take for a formula (=, +, -, @) is prefixed with an apostrophe.
 */
public final class RankingCsv {

    static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

    private RankingCsv() {
    }

    public static byte[] composite(CompositeRankingView view) {
        TreeSet<String> dimensions = new TreeSet<>();
        view.entries().forEach(e -> dimensions.addAll(e.dimensionScores().keySet()));
        List<String> header = new ArrayList<>(List.of("rank", "townshipCode", "township", "score", "approx",
                "rankLow", "medianRank", "rankHigh", "coverage", "insufficientData", "previousRank", "rankChange",
                "scoreChange", "peerGroup"));
        dimensions.forEach(d -> header.add("score:" + d));
        dimensions.forEach(d -> header.add("rank:" + d));
        StringBuilder out = new StringBuilder(128 * (view.entries().size() + 1));
        row(out, header);
        for (CompositeRankingView.Entry e : view.entries()) {
            List<String> cells = new ArrayList<>(header.size());
            cells.add(number(e.rank()));
            cells.add(e.townshipCode());
            cells.add(text(e.township()));
            cells.add(number(e.score()));
            cells.add(Boolean.toString(e.approx()));
            cells.add(number(e.rankLow()));
            cells.add(number(e.medianRank()));
            cells.add(number(e.rankHigh()));
            cells.add(number(e.coverage()));
            cells.add(Boolean.toString(e.insufficientData()));
            cells.add(number(e.change().previousRank()));
            cells.add(number(e.change().rankChange()));
            cells.add(number(e.change().scoreChange()));
            cells.add(text(e.peerGroup()));
            dimensions.forEach(d -> cells.add(number(e.dimensionScores().get(d))));
            dimensions.forEach(d -> cells.add(number(e.dimensionRanks().get(d))));
            row(out, cells);
        }
        return withBom(out);
    }

    public static byte[] indicator(IndicatorRankingView view) {
        StringBuilder out = new StringBuilder(96 * (view.entries().size() + 1));
        row(out, List.of("rank", "townshipCode", "township", "value", "unit", "approx", "previousRank", "rankChange",
                "previousValue", "valueChange"));
        for (IndicatorRankingView.Entry e : view.entries()) {
            row(out, List.of(number(e.rank()), e.townshipCode(), text(e.township()), number(e.value()),
                    text(view.unit()), Boolean.toString(e.approx()), number(e.change().previousRank()),
                    number(e.change().rankChange()), number(e.change().previousValue()),
                    number(e.change().valueChange())));
        }
        return withBom(out);
    }

    private static byte[] withBom(StringBuilder text) {
        byte[] body = text.toString().getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[BOM.length + body.length];
        System.arraycopy(BOM, 0, out, 0, BOM.length);
        System.arraycopy(body, 0, out, BOM.length, body.length);
        return out;
    }

    private static void row(StringBuilder out, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(quoted(cells.get(i)));
        }
        out.append("\r\n");
    }

    static String quoted(String cell) {
        if (cell.indexOf(',') < 0 && cell.indexOf('"') < 0 && cell.indexOf('\n') < 0 && cell.indexOf('\r') < 0) {
            return cell;
        }
        return '"' + cell.replace("\"", "\"\"") + '"';
    }

    static String text(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' ? "'" + value : value;
    }

    private static String number(Number n) {
        if (n == null) {
            return "";
        }
        if (n instanceof Double d) {
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? Long.toString(d.longValue())
                    : java.math.BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
