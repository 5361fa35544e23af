package io.fazhi.indicator.extraction.eval;

import com.fasterxml.jackson.databind.JsonNode;
import io.fazhi.indicator.extraction.ExtractionResult;
import io.fazhi.indicator.extraction.Extractor;
import io.fazhi.indicator.extraction.Quantity;
import java.io.IOException;
import java.util.*;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Compares, by 5-fold cross-validation by report over the real labelled reports of {@link DevSet}, the engine's
 * rule-based key assignment with (b) a small classifier alone and (c) a hybrid: the engine's key where its
 * confidence is at least T, else the classifier's label when its probability is at least P, else the engine's key.
 *
 * <p>Each quantity the engine outputs is a mention; its label is the key of the gold quantity overlapping it (a
 * keyed one preferred), "none" when that key is null or nothing overlaps. Features come only from the text, the
 * engine's output and the catalog keys: character 1-3-grams of the 24 chars before the number (within its
 * sentence) and of the 8 chars after it, the unit, the engine's key, the first reason's kind, and 2-grams of the
 * nearest heading line. The model is L2-regularised multinomial logistic regression over binary features, trained
 * by deterministic full-batch gradient descent ({@link #ITERATIONS}, {@link #RATE}, {@link #L2}). Reports go to
 * folds round-robin in id order. Keys are scored exactly as {@link Scoring} does (overlap and same key, one to
 * one), micro-averaged over the held-out folds, overall and per {@link DevSet.Part}.
 *
 * <p>Run from {@code indicator-service}: {@code java -cp <test classes>:<classpath>
 * io.fazhi.indicator.extraction.eval.KeyClassifierComparison}.
 */
public final class KeyClassifierComparison {

    static final int FOLDS = 5;
    static final int ITERATIONS = 300;
    static final double RATE = 0.5;
    static final double L2 = 1e-3;
    static final double[] T = {0.7, 0.9, 0.96};
    static final double[] P = {0.5, 0.7};
    private static final String NONE = "none";
    private static final Pattern HEADING = Pattern.compile("^\\s*(第[一二三四五六七八九十]+[部章]|[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十]+[）)]|[（(]?\\d{1,2}[、.．)）](?!\\d)).*");

    /** One engine quantity of one report: its features and its gold label. */
    record Mention(Quantity q, List<String> features, String label) { }

    /** Key scores per method name, for all held-out reports and per part. */
    public record Figures(Map<String, SeedEvaluation.Score> all, Map<DevSet.Part, Map<String, SeedEvaluation.Score>> parts,
                          int mentions, int goldKeyed, Map<String, int[]> discordant) { }

    public static void main(String[] args) throws IOException {
        Figures f = compare(DevSet.load());
        System.out.printf("key assignment, %d-fold CV by report: %d engine mentions, %d gold keyed quantities%n",
                FOLDS, f.mentions(), f.goldKeyed());
        System.out.printf("model: L2 multinomial logistic regression, full-batch GD, %d iterations, rate %.2f, lambda %.0e%n",
                ITERATIONS, RATE, L2);
        StringBuilder header = new StringBuilder(String.format("%-22s %6s %6s %6s %5s %5s %5s |", "method", "P", "R", "F1",
                "tp", "fp", "fn"));
        Arrays.stream(DevSet.Part.values()).forEach(part -> header.append(String.format(" %-6.6s", part.name())));
        System.out.println(header.append(" | better/worse than rules (mentions); parts: F1 per part of the set"));
        String best = "rules";
        String rival = "classifier"; // the best variant other than the rules, for the per-part line
        for (Map.Entry<String, SeedEvaluation.Score> e : f.all().entrySet()) {
            SeedEvaluation.Score s = e.getValue();
            StringBuilder line = new StringBuilder(String.format("%-22s %6.3f %6.3f %6.3f %5d %5d %5d |", e.getKey(),
                    s.precision(), s.recall(), s.f1(), s.tp, s.fp, s.fn));
            Arrays.stream(DevSet.Part.values()).forEach(
                    part -> line.append(String.format(" %-6.3f", f.parts().get(part).get(e.getKey()).f1())));
            int[] d = f.discordant().get(e.getKey());
            line.append(String.format(" | +%d / -%d", d[0], d[1]));
            System.out.println(line);
            best = s.f1() > f.all().get(best).f1() ? e.getKey() : best;
            rival = !e.getKey().equals("rules") && s.f1() > f.all().get(rival).f1() ? e.getKey() : rival;
        }
        System.out.print("per part (tp/fp/fn):");
        for (DevSet.Part part : DevSet.Part.values()) {
            SeedEvaluation.Score r = f.parts().get(part).get("rules");
            SeedEvaluation.Score b = f.parts().get(part).get(rival);
            System.out.printf("  %s rules %d/%d/%d, %s %d/%d/%d;", part, r.tp, r.fp, r.fn, rival, b.tp, b.fp, b.fn);
        }
        System.out.println();
        SeedEvaluation.Score r = f.all().get("rules");
        SeedEvaluation.Score b = f.all().get(best);
        int errors = (b.fp + b.fn) - (r.fp + r.fn);
        int[] d = f.discordant().get(best);
        System.out.printf("VERDICT: %s; best of %d variants is %s, F1 %.3f vs rules %.3f (%+.3f), key errors %+d (fp+fn), "
                        + "%d mentions fixed vs %d broken (sign test p=%.3f) out of %d gold keys: %s%n",
                best.equals("rules") ? "rules alone are not beaten" : best + " scores highest", f.all().size() - 1, best,
                b.f1(), r.f1(), b.f1() - r.f1(), errors, d[0], d[1], signTest(d[0], d[1]), f.goldKeyed(),
                Math.abs(errors) <= 2 ? "within one or two mentions, not meaningful"
                        : signTest(d[0], d[1]) >= 0.05 ? "a few mentions, not significant and picked on the same folds, not meaningful"
                        : "meaningful, though picked on the same folds, so optimistic");
    }

    /** Runs the cross-validation over {@code cases} and scores every method. */
    public static Figures compare(List<DevSet.Case> cases) {
        Extractor extractor = Extractor.withDefaultCatalog();
        List<DevSet.Case> sorted = cases.stream().sorted(Comparator.comparing(DevSet.Case::id)).toList();
        List<ExtractionResult> results = new ArrayList<>();
        List<List<Mention>> mentions = new ArrayList<>();
        for (DevSet.Case c : sorted) {
            ExtractionResult r = extractor.extract(c.text());
            results.add(r);
            mentions.add(r.quantities().stream().map(q -> new Mention(q, features(c.text(), q), label(c.gold(), q))).toList());
        }
        List<double[][]> probs = new ArrayList<>(Collections.nCopies(sorted.size(), null));
        List<List<String>> classes = new ArrayList<>(Collections.nCopies(sorted.size(), null));
        for (int fold = 0; fold < FOLDS; fold++) {
            int held = fold;
            Model m = Model.train(IntStream.range(0, sorted.size()).filter(i -> i % FOLDS != held).boxed()
                    .flatMap(i -> mentions.get(i).stream()).toList());
            for (int i = fold; i < sorted.size(); i += FOLDS) {
                probs.set(i, mentions.get(i).stream().map(m::predict).toArray(double[][]::new));
                classes.set(i, m.classes);
            }
        }
        Map<String, SeedEvaluation.Score> all = new LinkedHashMap<>();
        Map<DevSet.Part, Map<String, SeedEvaluation.Score>> parts = new LinkedHashMap<>();
        Map<String, int[]> discordant = new LinkedHashMap<>();
        Arrays.stream(DevSet.Part.values()).forEach(part -> parts.put(part, new LinkedHashMap<>()));
        List<String> methods = new ArrayList<>(List.of("rules", "classifier"));
        Arrays.stream(T).forEach(t -> Arrays.stream(P).forEach(p -> methods.add(String.format("hybrid T=%.2f P=%.1f", t, p))));
        int count = 0;
        int goldKeyed = 0;
        for (int i = 0; i < sorted.size(); i++) {
            DevSet.Case c = sorted.get(i);
            count += mentions.get(i).size();
            goldKeyed += (int) c.gold().get("quantities").findValues("key").stream().filter(k -> !k.isNull()).count();
            for (int mi = 0; mi < methods.size(); mi++) {
                List<Quantity> keyed = new ArrayList<>();
                int[] d = discordant.computeIfAbsent(methods.get(mi), k -> new int[2]);
                for (int j = 0; j < mentions.get(i).size(); j++) {
                    Mention m = mentions.get(i).get(j);
                    double[] pr = probs.get(i)[j];
                    int arg = argmax(pr);
                    String predicted = classes.get(i).get(arg);
                    String key = m.q().key();
                    if (mi == 1) {
                        key = predicted.equals(NONE) ? null : predicted;
                    } else if (mi > 1) {
                        double t = T[(mi - 2) / P.length];
                        double p = P[(mi - 2) % P.length];
                        boolean sure = m.q().confidence() != null && m.q().confidence() >= t;
                        if (!sure && pr[arg] >= p) {
                            key = predicted.equals(NONE) ? null : predicted;
                        }
                    }
                    boolean rulesRight = m.label().equals(m.q().key() == null ? NONE : m.q().key());
                    boolean right = m.label().equals(key == null ? NONE : key);
                    d[0] += right && !rulesRight ? 1 : 0;
                    d[1] += rulesRight && !right ? 1 : 0;
                    keyed.add(new Quantity(m.q().text(), m.q().value(), m.q().unit(), m.q().approx(), m.q().start(),
                            m.q().end(), key, m.q().confidence(), m.q().basis(), m.q().reasons(), m.q().needsReview()));
                }
                ExtractionResult r = results.get(i);
                SeedEvaluation.Score s = Scoring.score(c.gold(),
                        new ExtractionResult(r.extractorVersion(), keyed, r.indicators(), r.flags(), r.structure())).get("keys");
                all.computeIfAbsent(methods.get(mi), k -> new SeedEvaluation.Score()).add(s);
                parts.get(c.part()).computeIfAbsent(methods.get(mi), k -> new SeedEvaluation.Score()).add(s);
            }
        }
        return new Figures(all, parts, count, goldKeyed, discordant);
    }

    /** The key of the gold quantity overlapping {@code q} (a keyed one first), or "none". */
    static String label(JsonNode gold, Quantity q) {
        String found = null;
        for (JsonNode g : gold.get("quantities")) {
            if (q.start() < g.get("end").asInt() && g.get("start").asInt() < q.end()) {
                if (!g.get("key").isNull()) {
                    return g.get("key").asText();
                }
                found = NONE;
            }
        }
        return found == null ? NONE : found;
    }

    static List<String> features(String text, Quantity q) {
        int from = q.start();
        while (from > 0 && from > q.start() - 24 && "。！？；\n".indexOf(text.charAt(from - 1)) < 0) {
            from--;
        }
        List<String> f = new ArrayList<>();
        grams(f, "b", text.substring(from, q.start()), 1, 3);
        grams(f, "a", text.substring(q.end(), Math.min(text.length(), q.end() + 8)), 1, 3);
        f.add("unit=" + q.unit());
        f.add("rule=" + (q.key() == null ? NONE : q.key()));
        f.add("reason=" + (q.reasons().isEmpty() ? NONE : kind(q.reasons().get(0))));
        int end = text.indexOf('\n', q.start());
        for (end = end < 0 ? text.length() : end; end >= 0; end = text.lastIndexOf('\n', end - 1)) {
            String line = text.substring(text.lastIndexOf('\n', end - 1) + 1, end); // nearest line at or above
            if (HEADING.matcher(line).matches()) {
                grams(f, "h", line.strip(), 2, 2);
                break;
            }
        }
        return f.stream().distinct().toList();
    }

    /** "cue 培训 right before the number" -> "cue right before", "section: ..." -> "section", "rule 7: ..." -> "rule 7". */
    static String kind(String reason) {
        if (reason.startsWith("rule ")) {
            return reason.substring(0, Math.max(reason.indexOf(':'), 5));
        }
        if (reason.startsWith("cue ")) {
            return "cue" + reason.replaceAll("^cue \\S+", "");
        }
        return reason.split("[ :]")[0];
    }

    private static void grams(List<String> f, String prefix, String s, int min, int max) {
        for (int n = min; n <= max; n++) {
            for (int i = 0; i + n <= s.length(); i++) {
                f.add(prefix + n + "=" + s.substring(i, i + n));
            }
        }
    }

    private static int argmax(double[] p) {
        return IntStream.range(0, p.length).reduce(0, (a, b) -> p[b] > p[a] ? b : a);
    }

    /** Two-sided exact sign test on the discordant mentions. */
    static double signTest(int a, int b) {
        int n = a + b;
        double tail = 0;
        double c = 1; // n choose k
        for (int k = 0; k <= Math.min(a, b); c = c * (n - k) / (k + 1), k++) {
            tail += c * Math.pow(0.5, n);
        }
        return n == 0 ? 1.0 : Math.min(1.0, 2 * tail);
    }

    /** Softmax regression over binary features; the vocabulary and classes are those of the training fold. */
    static final class Model {
        final List<String> classes;
        final Map<String, Integer> vocab = new HashMap<>();
        final double[][] w;

        private Model(List<String> classes, int features) {
            this.classes = classes;
            this.w = new double[classes.size()][features + 1]; // last column is the bias
        }

        static Model train(List<Mention> data) {
            TreeSet<String> labels = new TreeSet<>();
            TreeSet<String> names = new TreeSet<>();
            data.forEach(m -> {
                labels.add(m.label());
                names.addAll(m.features());
            });
            Model m = new Model(List.copyOf(labels), names.size());
            names.forEach(n -> m.vocab.put(n, m.vocab.size()));
            int[][] x = data.stream().map(m::index).toArray(int[][]::new);
            int[] y = data.stream().mapToInt(d -> m.classes.indexOf(d.label())).toArray();
            int bias = names.size();
            for (int it = 0; it < ITERATIONS; it++) {
                double[][] grad = new double[m.w.length][bias + 1];
                for (int i = 0; i < x.length; i++) {
                    double[] p = m.probabilities(x[i]);
                    p[y[i]] -= 1;
                    for (int k = 0; k < p.length; k++) {
                        for (int j : x[i]) {
                            grad[k][j] += p[k];
                        }
                        grad[k][bias] += p[k];
                    }
                }
                for (int k = 0; k < m.w.length; k++) {
                    for (int j = 0; j <= bias; j++) {
                        double reg = j == bias ? 0 : L2 * m.w[k][j];
                        m.w[k][j] -= RATE * (grad[k][j] / x.length + reg);
                    }
                }
            }
            return m;
        }

        int[] index(Mention mention) {
            return mention.features().stream().filter(vocab::containsKey).mapToInt(vocab::get).sorted().toArray();
        }

        double[] predict(Mention mention) {
            return probabilities(index(mention));
        }

        private double[] probabilities(int[] x) {
            double[] s = new double[w.length];
            double max = Double.NEGATIVE_INFINITY;
            for (int k = 0; k < w.length; k++) {
                s[k] = w[k][w[k].length - 1];
                for (int j : x) {
                    s[k] += w[k][j];
                }
                max = Math.max(max, s[k]);
            }
            for (int k = 0; k < s.length; k++) {
                s[k] = Math.exp(s[k] - max);
            }
            double sum = Arrays.stream(s).sum();
            return Arrays.stream(s).map(v -> v / sum).toArray();
        }
    }
}
