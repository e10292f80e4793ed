package org.emogap.encoder;

import org.emogap.data.EmoText;
import org.emogap.data.GoComment;
import org.emogap.data.SplitExample;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.Judgments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The offline annotators, each turning items into {@link Judgment}s in the project's one format:
 * zero-shot encoders (kind "encoder"), the Warriner lexicon (kind "lexicon"); the trained heads
 * are in {@link GoHead} and {@link VadHead} (kind "head"). Model ids:
 * {@code enc:<encoder>:zero-shot}, {@code enc:<encoder>:head}, {@code lex:warriner2013}.
 */
public final class Annotators {
    public static final String GOEMOTIONS = "goemotions";
    public static final String EMOBANK = "emobank";

    private Annotators() {}

    public static String zeroShotModel(SentenceEncoder enc) {
        return "enc:" + enc.id() + ":zero-shot";
    }

    public static String headModel(SentenceEncoder enc) {
        return "enc:" + enc.id() + ":head";
    }

    public static List<TextItem> goItems(List<GoComment> comments) {
        return comments.stream().map(c -> new TextItem(c.id(), c.text())).toList();
    }

    public static List<TextItem> emoItems(List<EmoText> texts) {
        return texts.stream().map(t -> new TextItem(t.id(), t.text())).toList();
    }

    public static List<TextItem> splitItems(List<SplitExample> examples) {
        return examples.stream().map(e -> new TextItem(e.id(), e.text())).toList();
    }

    static List<String> texts(List<TextItem> items) {
        return items.stream().map(TextItem::text).toList();
    }

    /**
     * GoEmotions zero-shot: softmax over the cosines between the text and each label's WordNet
     * description at {@link ZeroShot#TEMPERATURE}; a "distribution" judgment per item.
     */
    public static List<Judgment> goZeroShot(SentenceEncoder enc, List<String> labels, List<TextItem> items, LongConsumer progress) {
        List<LabelDescriptions.Description> desc = LabelDescriptions.wordNet(labels);
        float[][] labelVecs = enc.embed(LabelDescriptions.texts(desc));
        float[][] x = enc.embed(texts(items), progress);
        Map<String, String> prov = new TreeMap<>();
        prov.put("encoder", enc.id());
        prov.put("method", "softmax over cosine(text, label description)");
        prov.put("softmax_temperature", fmt(ZeroShot.TEMPERATURE));
        prov.put("descriptions", "label word + WordNet 3.1 gloss (first noun.feeling sense, else noun.cognition/state, else adjective)");
        prov.put("training", "none");
        List<Judgment> out = new ArrayList<>(items.size());
        String model = zeroShotModel(enc);
        for (int i = 0; i < items.size(); i++) {
            out.add(Judgment.point(GOEMOTIONS, model, "encoder", items.get(i).id(), "distribution",
                    ZeroShot.distribution(x[i], labelVecs, ZeroShot.TEMPERATURE), false, prov));
        }
        return out;
    }

    /** EmoBank zero-shot: V, A, D as positions between the anchor phrases of {@link ZeroShot#VAD_ANCHORS}. */
    public static List<Judgment> emoBankZeroShot(SentenceEncoder enc, List<TextItem> items, LongConsumer progress) {
        float[][][] anchors = new float[3][][];
        for (int d = 0; d < 3; d++) anchors[d] = enc.embed(List.of(ZeroShot.VAD_ANCHORS[d]));
        float[][] x = enc.embed(texts(items), progress);
        Map<String, String> prov = new TreeMap<>();
        prov.put("encoder", enc.id());
        prov.put("method", "projection between anchor phrases, 1 + 4t clamped to [1, 5]");
        StringBuilder a = new StringBuilder();
        for (String[] pair : ZeroShot.VAD_ANCHORS) a.append(a.length() == 0 ? "" : "; ").append(pair[0]).append(" <-> ").append(pair[1]);
        prov.put("anchors", a.toString());
        prov.put("training", "none");
        List<Judgment> out = new ArrayList<>(items.size());
        String model = zeroShotModel(enc);
        for (int i = 0; i < items.size(); i++) {
            out.add(Judgment.point(EMOBANK, model, "encoder", items.get(i).id(), "vad", ZeroShot.vad(x[i], anchors), false, prov));
        }
        return out;
    }

    /** Writes judgments, one file per (dataset, model), under {@code root}; returns the files written. */
    public static List<Path> write(Path root, List<Judgment> judgments) {
        Map<String, List<Judgment>> groups = new LinkedHashMap<>();
        for (Judgment j : judgments) groups.computeIfAbsent(j.dataset() + "\u0000" + j.model(), k -> new ArrayList<>()).add(j);
        List<Path> files = new ArrayList<>();
        for (List<Judgment> g : groups.values()) files.add(Judgments.write(root, g.get(0).dataset(), g.get(0).model(), g));
        return files;
    }

    static String fmt(double v) {
        return String.format(Locale.ROOT, "%s", v);
    }

    /**
     * The one annotate loop of a trained head: embeds the items, predicts each, and writes a point
     * judgment per item with the head's provenance, the item's split, and whether it was a training row.
     */
    static List<Judgment> headJudgments(SentenceEncoder encoder, String dataset, String valueType, List<TextItem> items,
                                        java.util.function.Function<float[], double[]> predict, Map<String, String> provenance,
                                        Map<String, String> splitOf, java.util.Set<String> trainIds, LongConsumer progress) {
        float[][] x = encoder.embed(texts(items), progress);
        String model = headModel(encoder);
        List<Judgment> out = new ArrayList<>(items.size());
        for (int i = 0; i < items.size(); i++) {
            String id = items.get(i).id();
            Map<String, String> prov = new java.util.TreeMap<>(provenance);
            prov.put("item_split", splitOf.getOrDefault(id, "not train/dev"));
            out.add(Judgment.point(dataset, model, "head", id, valueType, predict.apply(x[i]), trainIds.contains(id), prov));
        }
        return out;
    }
}
