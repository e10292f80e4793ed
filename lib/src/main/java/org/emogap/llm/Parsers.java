package org.emogap.llm;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns answers into values with a status; nothing silently becomes neutral here (the paper's
 * mapping of failures to neutral is applied, when asked, by {@link Aggregator}).
 */
public final class Parsers {
    /** The 28 GoEmotions labels in {@code emotions.txt} order (the order of every rates vector). */
    public static final List<String> GOEMOTIONS = List.of("admiration", "amusement", "anger", "annoyance",
            "approval", "caring", "confusion", "curiosity", "desire", "disappointment", "disapproval", "disgust",
            "embarrassment", "excitement", "fear", "gratitude", "grief", "joy", "love", "nervousness", "optimism",
            "pride", "realization", "relief", "remorse", "sadness", "surprise", "neutral");
    public static final int NEUTRAL = 27;
    private static final Map<String, Integer> INDEX;
    static {
        Map<String, Integer> m = new java.util.HashMap<>();
        for (int i = 0; i < GOEMOTIONS.size(); i++) m.put(GOEMOTIONS.get(i), i);
        INDEX = Map.copyOf(m);
    }
    private static final ObjectMapper JSON = new ObjectMapper();
    // Sentences models use to decline, checked only when the answer holds no JSON at all.
    private static final Pattern REFUSAL = Pattern.compile(
            "^\\W*(I'?m sorry|I am sorry|sorry,|I can(?:'|no)t|I cannot|I won'?t|I will not|I am (?:not able|unable)|I'?m (?:not able|unable)|As an AI)",
            Pattern.CASE_INSENSITIVE);
    private static final String[] DIMS = {"V", "A", "D"};

    private Parsers() {}

    /** Parses a response with the parser of a dataset and mode. */
    public static Parsed parse(String dataset, Mode mode, ChatResponse r) {
        if (r.refusal() != null && !r.refusal().isBlank()) return Parsed.fail(Status.REFUSED, "refusal: " + clip(r.refusal()));
        if ("refusal".equals(r.stopReason()) || "content_filter".equals(r.stopReason())) {
            return Parsed.fail(Status.REFUSED, "stop reason " + r.stopReason());
        }
        if ("length".equals(r.stopReason()) || "max_tokens".equals(r.stopReason())) {
            return Parsed.fail(Status.TRUNCATED, "cut off at the output-token cap (stop reason " + r.stopReason() + "): " + clip(String.valueOf(r.text())));
        }
        boolean go = dataset.equals("goemotions");
        return switch (mode) {
            case SAMPLE -> go ? goEmotions(r.text()) : emoBank(r.text());
            case VERBALIZED -> go ? goEmotionsVerbalized(r.text()) : emoBankVerbalized(r.text());
            case LOGPROBS -> go ? goEmotionsLogprobs(r.text(), r.logprobs()) : emoBankLogprobs(r.text(), r.logprobs());
        };
    }

    /**
     * The paper's extraction (the JSON array between the first {@code [} and the last {@code ]},
     * labels lower-cased) with a status: {@code empty} for no text or {@code []}, {@code unknown_label}
     * when any entry is not a label (the known ones are kept in the value for the paper's mapping).
     */
    public static Parsed goEmotions(String text) {
        if (text == null || text.isBlank()) return Parsed.fail(Status.EMPTY, "no text");
        int a = text.indexOf('['), b = text.lastIndexOf(']');
        if (a < 0 || b < a) return noJson(text);
        JsonNode arr;
        try {
            arr = JSON.readTree(text.substring(a, b + 1));
        } catch (JsonProcessingException e) {
            return Parsed.fail(Status.UNPARSEABLE, "not a JSON array: " + clip(text));
        }
        if (!arr.isArray()) return Parsed.fail(Status.UNPARSEABLE, "not a JSON array: " + clip(text));
        if (arr.isEmpty()) return Parsed.fail(Status.EMPTY, "empty list");
        double[] v = new double[GOEMOTIONS.size()];
        TreeSet<String> unknown = new TreeSet<>();
        for (JsonNode e : arr) {
            String label = (e.isTextual() ? e.asText() : e.toString()).trim().toLowerCase(Locale.ROOT);
            Integer i = INDEX.get(label);
            if (i == null) unknown.add(label); else v[i] = 1;
        }
        if (!unknown.isEmpty()) return new Parsed(Status.UNKNOWN_LABEL, v, "unknown: " + clip(String.join(",", unknown)));
        return new Parsed(Status.OK, v, null);
    }

    /**
     * The paper's EmoBank parse: a JSON object with V, A, D (else {@code V: x} patterns); values in
     * [0.5, 5.5] are clamped to [1, 5], anything else fails. Value = {@code [V, A, D]}.
     */
    public static Parsed emoBank(String text) {
        if (text == null || text.isBlank()) return Parsed.fail(Status.EMPTY, "no text");
        double[] vad = new double[3];
        JsonNode o = object(text);
        boolean found = o != null;
        for (int d = 0; d < 3 && found; d++) {
            JsonNode n = field(o, DIMS[d]);
            if (n == null || !(n.isNumber() || n.isTextual() && isNumber(n.asText()))) found = false;
            else vad[d] = n.asDouble();
        }
        if (!found) {
            int open = text.lastIndexOf('{');
            if (open >= 0 && text.indexOf('}', open) < 0) return Parsed.fail(Status.TRUNCATED, "object not closed: " + clip(text));
            for (int d = 0; d < 3; d++) {
                Matcher m = Pattern.compile("\\b" + DIMS[d] + "\\w*\"?\\s*[:=]\\s*(-?\\d+(?:\\.\\d+)?)").matcher(text);
                if (!m.find()) return text.indexOf('{') < 0 ? noJson(text) : Parsed.fail(Status.UNPARSEABLE, "no " + DIMS[d] + ": " + clip(text));
                vad[d] = Double.parseDouble(m.group(1));
            }
        }
        for (int d = 0; d < 3; d++) {
            if (!(vad[d] >= 0.5 && vad[d] <= 5.5)) {
                return Parsed.fail(Status.UNPARSEABLE, DIMS[d] + "=" + vad[d] + " outside [0.5, 5.5]");
            }
            vad[d] = Math.max(1, Math.min(5, vad[d]));
        }
        return new Parsed(Status.OK, vad, null);
    }

    /** A probability per label: a JSON object label → number ≥ 0, normalised; missing labels are 0. */
    public static Parsed goEmotionsVerbalized(String text) {
        if (text == null || text.isBlank()) return Parsed.fail(Status.EMPTY, "no text");
        JsonNode o = object(text);
        if (o == null) return noJson(text);
        double[] v = new double[GOEMOTIONS.size()];
        TreeSet<String> unknown = new TreeSet<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Integer i = INDEX.get(e.getKey().trim().toLowerCase(Locale.ROOT));
            if (i == null) { unknown.add(e.getKey()); continue; }
            if (!e.getValue().isNumber() || e.getValue().asDouble() < 0) {
                return Parsed.fail(Status.UNPARSEABLE, e.getKey() + " is " + clip(e.getValue().toString()));
            }
            v[i] = e.getValue().asDouble();
        }
        double sum = sum(v);
        if (sum <= 0) return unknown.isEmpty() ? Parsed.fail(Status.EMPTY, "all probabilities 0")
                : Parsed.fail(Status.UNKNOWN_LABEL, "unknown: " + clip(String.join(",", unknown)));
        for (int i = 0; i < v.length; i++) v[i] /= sum;
        String detail = Math.abs(sum - 1) > 0.05 ? String.format(Locale.ROOT, "sum %.3f renormalised", sum) : null;
        if (!unknown.isEmpty()) return new Parsed(Status.UNKNOWN_LABEL, v, "unknown: " + clip(String.join(",", unknown)));
        return new Parsed(Status.OK, v, detail);
    }

    /** Three 5-bin rating distributions: value = {@code [V1..V5, A1..A5, D1..D5]}, each row normalised. */
    public static Parsed emoBankVerbalized(String text) {
        if (text == null || text.isBlank()) return Parsed.fail(Status.EMPTY, "no text");
        JsonNode o = object(text);
        if (o == null) return noJson(text);
        double[] v = new double[15];
        for (int d = 0; d < 3; d++) {
            JsonNode dim = field(o, DIMS[d]);
            if (dim == null || !dim.isObject()) return Parsed.fail(Status.UNPARSEABLE, "no " + DIMS[d] + " distribution: " + clip(text));
            double s = 0;
            for (int k = 1; k <= 5; k++) {
                JsonNode p = dim.get(Integer.toString(k));
                if (p == null) continue;
                if (!p.isNumber() || p.asDouble() < 0) return Parsed.fail(Status.UNPARSEABLE, DIMS[d] + "[" + k + "] is " + p);
                v[d * 5 + k - 1] = p.asDouble();
                s += p.asDouble();
            }
            if (s <= 0) return Parsed.fail(Status.UNPARSEABLE, DIMS[d] + " probabilities sum to 0");
            for (int k = 0; k < 5; k++) v[d * 5 + k] /= s;
        }
        return new Parsed(Status.OK, v, null);
    }

    /**
     * The distribution over labels of the first answer token: each alternative's probability goes to
     * the labels its text begins (several labels share it equally, e.g. "dis"); the mass of tokens
     * that begin no label is dropped and the rest renormalised (the share kept is in the detail).
     */
    public static Parsed goEmotionsLogprobs(String text, List<ChatResponse.Token> tokens) {
        if (tokens.isEmpty()) return text == null || text.isBlank() ? Parsed.fail(Status.EMPTY, "no text")
                : Parsed.fail(Status.UNPARSEABLE, "no log-probabilities returned");
        ChatResponse.Token first = null;
        for (ChatResponse.Token t : tokens) {
            if (!letters(t.token()).isEmpty()) { first = t; break; }
        }
        if (first == null) return Parsed.fail(Status.UNPARSEABLE, "no label token in: " + clip(text));
        List<ChatResponse.Alt> alts = first.top().isEmpty() ? List.of(new ChatResponse.Alt(first.token(), first.logprob())) : first.top();
        double[] v = new double[GOEMOTIONS.size()];
        double total = 0, kept = 0;
        for (ChatResponse.Alt alt : alts) {
            double p = Math.exp(alt.logprob());
            total += p;
            String t = letters(alt.token());
            if (t.isEmpty()) continue;
            List<Integer> match = new ArrayList<>();
            for (int i = 0; i < GOEMOTIONS.size(); i++) {
                if (GOEMOTIONS.get(i).startsWith(t) || t.startsWith(GOEMOTIONS.get(i))) match.add(i);
            }
            for (int i : match) v[i] += p / match.size();
            if (!match.isEmpty()) kept += p;
        }
        if (kept <= 0) return Parsed.fail(Status.UNKNOWN_LABEL, "no alternative begins a label: " + clip(text));
        for (int i = 0; i < v.length; i++) v[i] /= kept;
        return new Parsed(Status.OK, v, String.format(Locale.ROOT, "label mass %.3f of %.3f", kept, total));
    }

    /**
     * Rating distributions from the first three answer tokens that are a digit 1–5 (V, A, D in that
     * order): each position's digit alternatives, normalised. Value as in {@link #emoBankVerbalized}.
     */
    public static Parsed emoBankLogprobs(String text, List<ChatResponse.Token> tokens) {
        if (tokens.isEmpty()) return text == null || text.isBlank() ? Parsed.fail(Status.EMPTY, "no text")
                : Parsed.fail(Status.UNPARSEABLE, "no log-probabilities returned");
        double[] v = new double[15];
        int d = 0;
        for (ChatResponse.Token t : tokens) {
            if (d == 3) break;
            if (digit(t.token()) < 0) continue;
            List<ChatResponse.Alt> alts = t.top().isEmpty() ? List.of(new ChatResponse.Alt(t.token(), t.logprob())) : t.top();
            double s = 0;
            for (ChatResponse.Alt a : alts) {
                int k = digit(a.token());
                if (k < 0) continue;
                v[d * 5 + k - 1] += Math.exp(a.logprob());
                s += Math.exp(a.logprob());
            }
            for (int k = 0; k < 5; k++) v[d * 5 + k] /= s;
            d++;
        }
        if (d < 3) return Parsed.fail(Status.UNPARSEABLE, "found " + d + " of 3 rating tokens: " + clip(text));
        return new Parsed(Status.OK, v, null);
    }

    /** The expected rating 1–5 of each of three 5-bin distributions. */
    public static double[] expectedVad(double[] dist15) {
        double[] m = new double[3];
        for (int d = 0; d < 3; d++) for (int k = 0; k < 5; k++) m[d] += (k + 1) * dist15[d * 5 + k];
        return m;
    }

    private static int digit(String token) {
        String t = token.trim();
        return t.length() == 1 && t.charAt(0) >= '1' && t.charAt(0) <= '5' ? t.charAt(0) - '0' : -1;
    }

    private static String letters(String token) {
        return token.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    }

    private static Parsed noJson(String text) {
        return REFUSAL.matcher(text.strip()).find() ? Parsed.fail(Status.REFUSED, clip(text))
                : Parsed.fail(Status.UNPARSEABLE, "no JSON in: " + clip(text));
    }

    private static JsonNode object(String text) {
        int a = text.indexOf('{'), b = text.lastIndexOf('}');
        if (a < 0 || b < a) return null;
        try {
            JsonNode o = JSON.readTree(text.substring(a, b + 1));
            return o.isObject() ? o : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static JsonNode field(JsonNode o, String name) {
        for (Iterator<String> it = o.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (f.trim().equalsIgnoreCase(name)) return o.get(f);
        }
        return null;
    }

    private static boolean isNumber(String s) {
        try {
            Double.parseDouble(s.trim());
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static double sum(double[] v) {
        double s = 0;
        for (double x : v) s += x;
        return s;
    }

    static String clip(String s) {
        return s.length() <= 120 ? s : s.substring(0, 117) + "...";
    }
}
