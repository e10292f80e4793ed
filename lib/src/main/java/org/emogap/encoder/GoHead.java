package org.emogap.encoder;

import org.emogap.data.SplitExample;
import org.emogap.judgment.Judgment;
import org.emogap.stats.Classification;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * The in-domain GoEmotions baseline: a {@link SoftmaxHead} on frozen sentence embeddings, trained
 * only on the official train split, its penalty and label threshold chosen on the dev split only.
 * Targets are soft: the labels an item has in the split, equally weighted; or, for train items
 * that per-rater data covers, the human distribution (share of raters per label, normalised).
 * Every judgment says whether its item was a training row ({@link Judgment#inTraining()}) and, in
 * its provenance, which split it came from.
 */
public final class GoHead {
    /**
     * @param maxTrain train rows used (0 = all); a seeded subset otherwise
     * @param maxDev   dev rows used for selection (0 = all)
     * @param seed     subset and mini-batch seed
     */
    public record Options(int maxTrain, int maxDev, long seed, double[] grid, SoftmaxHead.Options fit) {
        public Options {
            grid = grid.clone();
        }

        public static Options full(long seed) {
            return new Options(0, 0, seed, SoftmaxHead.GRID, SoftmaxHead.Options.defaults(seed));
        }

        public static Options subset(int maxTrain, int maxDev, long seed) {
            return new Options(maxTrain, maxDev, seed, SoftmaxHead.GRID, SoftmaxHead.Options.defaults(seed));
        }

        /** Rows used out of {@code trainRows} train and {@code devRows} dev rows (for a progress bar). */
        public int rowsUsed(int trainRows, int devRows) {
            return (maxTrain > 0 ? Math.min(maxTrain, trainRows) : trainRows) + (maxDev > 0 ? Math.min(maxDev, devRows) : devRows);
        }
    }

    /** Label-side result on held-out data, next to always predicting the majority label. */
    public record Evaluation(int items, double macroF1, String majorityLabel, double majorityMacroF1) {}

    private final SentenceEncoder encoder;
    private final List<String> labels;
    private final SoftmaxHead head;
    private final SoftmaxHead.Selection selection;
    private final double threshold;
    private final Map<String, String> splitOf;
    private final Set<String> trainIds;
    private final int majority;
    private final Map<String, String> provenance;

    private GoHead(SentenceEncoder encoder, List<String> labels, SoftmaxHead.Selection selection, double threshold,
                   Map<String, String> splitOf, Set<String> trainIds, int majority, Map<String, String> provenance) {
        this.encoder = encoder;
        this.labels = List.copyOf(labels);
        this.selection = selection;
        this.head = selection.head();
        this.threshold = threshold;
        this.splitOf = splitOf;
        this.trainIds = trainIds;
        this.majority = majority;
        this.provenance = provenance;
    }

    /**
     * Trains on {@code train} (the official train split), selects λ by dev cross-entropy and the
     * label threshold by dev macro-F1. {@code humanTargets} (item id → distribution over the labels)
     * may be null or empty.
     */
    public static GoHead train(SentenceEncoder enc, List<String> labels, List<SplitExample> train, List<SplitExample> dev,
                               Map<String, double[]> humanTargets, Options opt, LongConsumer progress) {
        return train(enc, labels, train, dev, humanTargets, opt, null, progress);
    }

    /**
     * As above, with a folder of trained heads ({@code null}: none): a head trained before on exactly
     * the same inputs is read back instead of refitted, and its training texts are not embedded.
     */
    public static GoHead train(SentenceEncoder enc, List<String> labels, List<SplitExample> train, List<SplitExample> dev,
                               Map<String, double[]> humanTargets, Options opt, Path headCache, LongConsumer progress) {
        int k = labels.size();
        List<SplitExample> tr = HeadData.subset(train, opt.maxTrain(), opt.seed(), SplitExample::id);
        List<SplitExample> dv = HeadData.subset(dev, opt.maxDev(), opt.seed(), SplitExample::id);
        int fromRaters = 0;
        double[][] tTr = new double[tr.size()][];
        for (int i = 0; i < tr.size(); i++) {
            double[] h = humanTargets == null ? null : humanTargets.get(tr.get(i).id());
            if (h != null) {
                if (h.length != k) throw new IllegalArgumentException("human target of " + tr.get(i).id() + " has " + h.length + " entries, expected " + k);
                tTr[i] = h.clone();
                fromRaters++;
            } else {
                tTr[i] = splitTarget(tr.get(i), k);
            }
        }
        double[][] tDv = new double[dv.size()][];
        for (int i = 0; i < dv.size(); i++) tDv[i] = splitTarget(dv.get(i), k);

        HeadCache.Key key = new HeadCache.Key("goemotions-softmax-head-v1").add(enc.id()).add(String.join(",", labels))
                .add(opt.maxTrain(), opt.maxDev(), opt.seed(), opt.fit().epochs(), opt.fit().batch(), opt.fit().learningRate(), opt.fit().seed())
                .add(opt.grid());
        for (int i = 0; i < tr.size(); i++) key.add(tr.get(i).id()).add(tr.get(i).text()).add(tTr[i]);
        key.add("dev");
        for (int i = 0; i < dv.size(); i++) key.add(dv.get(i).id()).add(dv.get(i).text()).add(tDv[i]);
        String hex = key.hex();
        Optional<double[][]> cached = HeadCache.get(headCache, hex);
        SoftmaxHead.Selection sel;
        double threshold;
        int majority;
        if (cached.isPresent()) {
            double[][] b = cached.get();
            sel = SoftmaxHead.fromBlobs(Arrays.copyOf(b, b.length - 1));
            threshold = b[b.length - 1][0];
            majority = (int) b[b.length - 1][1];
            progress.accept(tr.size() + dv.size());
        } else {
            List<String> texts = new ArrayList<>(tr.size() + dv.size());
            tr.forEach(e -> texts.add(e.text()));
            dv.forEach(e -> texts.add(e.text()));
            float[][] all = enc.embed(texts, progress);
            float[][] xTr = Arrays.copyOfRange(all, 0, tr.size()), xDv = Arrays.copyOfRange(all, tr.size(), all.length);
            sel = SoftmaxHead.select(xTr, tTr, xDv, tDv, opt.grid(), opt.fit());
            boolean[][] devGold = Classification.multiHot(dv.stream().map(SplitExample::labels).toArray(int[][]::new), k);
            threshold = Classification.bestThreshold(sel.head().predict(xDv), devGold, Classification.thresholdGrid());
            majority = Classification.majorityLabel(Classification.multiHot(tr.stream().map(SplitExample::labels).toArray(int[][]::new), k));
            double[][] b = SoftmaxHead.toBlobs(sel);
            b = Arrays.copyOf(b, b.length + 1);
            b[b.length - 1] = new double[]{threshold, majority};
            HeadCache.put(headCache, hex, b);
        }

        Map<String, String> splitOf = new HashMap<>();
        dv.forEach(e -> splitOf.put(e.id(), "dev"));
        Set<String> trainIds = new HashSet<>();
        tr.forEach(e -> {
            splitOf.put(e.id(), "train");
            trainIds.add(e.id());
        });
        Map<String, String> prov = new TreeMap<>();
        prov.put("encoder", enc.id());
        prov.put("head", "softmax on standardised embeddings, soft targets, Adam " + opt.fit().epochs() + " epochs, batch " + opt.fit().batch());
        prov.put("training_split", "goemotions train.tsv: " + HeadData.describe(tr.size(), train.size(), opt.maxTrain(), opt.seed()));
        prov.put("targets", fromRaters == 0 ? "split labels, equally weighted" : fromRaters + " rows from per-rater distributions, the rest split labels");
        prov.put("selection_split", "goemotions dev.tsv: " + HeadData.describe(dv.size(), dev.size(), opt.maxDev(), opt.seed()));
        prov.put("lambda", Annotators.fmt(sel.head().lambda()));
        prov.put("label_threshold", Annotators.fmt(threshold));
        prov.put("seed", Long.toString(opt.seed()));
        return new GoHead(enc, labels, sel, threshold, splitOf, trainIds, majority, prov);
    }

    /** A split example's target: its labels, equally weighted. */
    static double[] splitTarget(SplitExample e, int k) {
        double[] t = new double[k];
        for (int l : e.labels()) {
            if (l < 0 || l >= k) throw new IllegalArgumentException("item " + e.id() + " has label " + l + ", expected 0.." + (k - 1));
            t[l] = 1;
        }
        double s = Arrays.stream(t).sum();
        if (s == 0) throw new IllegalArgumentException("item " + e.id() + " has no label");
        for (int c = 0; c < k; c++) t[c] /= s;
        return t;
    }

    public List<Judgment> annotate(List<TextItem> items, LongConsumer progress) {
        return Annotators.headJudgments(encoder, Annotators.GOEMOTIONS, "distribution", items, head::predict, provenance, splitOf, trainIds, progress);
    }

    /** The head's label distribution for each text (embedded through its encoder's cache), in label order. */
    public double[][] distributions(List<String> texts) {
        return head.predict(encoder.embed(texts));
    }

    /** Macro-F1 on held-out examples (the official test split), next to the majority-label baseline. */
    public Evaluation evaluate(List<SplitExample> test, LongConsumer progress) {
        HeadData.requireHeldOut(test, trainIds, SplitExample::id);
        float[][] x = encoder.embed(test.stream().map(SplitExample::text).toList(), progress);
        boolean[][] gold = Classification.multiHot(test.stream().map(SplitExample::labels).toArray(int[][]::new), labels.size());
        double f1 = Classification.macroF1(Classification.labelsAbove(head.predict(x), threshold), gold);
        double base = Classification.macroF1(Classification.constant(test.size(), labels.size(), majority), gold);
        return new Evaluation(test.size(), f1, labels.get(majority), base);
    }

    public SoftmaxHead.Selection selection() {
        return selection;
    }

    public double threshold() {
        return threshold;
    }

    public int trainRows() {
        return trainIds.size();
    }

    public Map<String, String> provenance() {
        return Map.copyOf(provenance);
    }

    public SentenceEncoder encoder() {
        return encoder;
    }
}
