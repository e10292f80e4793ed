package org.emogap.encoder;

import org.emogap.data.EmoText;
import org.emogap.judgment.Judgment;
import org.emogap.stats.Correlations;
import org.emogap.stats.Descriptive;

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
 * The in-domain EmoBank baseline: ridge regression of the human mean V, A and D on frozen sentence
 * embeddings, fitted only on EmoBank's train split, each dimension's penalty chosen on the dev
 * split only. Predictions are clamped to the 1–5 scale.
 *
 * <p>The targets are the means of the texts given: load EmoBank with {@code dropAllOnes(true)}
 * (the publisher's spam filter) to train on cleaner means. Measured with all-MiniLM-L6-v2-q: test
 * valence r 0.57 against the filtered means but 0.42 against the paper's unfiltered means, where
 * 19% of texts carry at least one V=A=D=1 rating; the provenance counts them.
 */
public final class VadHead {
    /** @param maxTrain train texts used (0 = all), a seeded subset otherwise */
    public record Options(int maxTrain, long seed, double[] grid) {
        public Options {
            grid = grid.clone();
        }

        public static Options full(long seed) {
            return new Options(0, seed, RidgeHead.GRID);
        }

        public static Options subset(int maxTrain, long seed) {
            return new Options(maxTrain, seed, RidgeHead.GRID);
        }

        /** Rows used out of {@code trainRows} train and {@code devRows} dev texts (for a progress bar). */
        public int rowsUsed(int trainRows, int devRows) {
            return (maxTrain > 0 ? Math.min(maxTrain, trainRows) : trainRows) + devRows;
        }
    }

    /** Pearson r, MAE per dimension (V, A, D) on held-out texts. */
    public record Evaluation(int items, double[] pearson, double[] mae) {
        public Evaluation {
            pearson = pearson.clone();
            mae = mae.clone();
        }

        @Override public double[] pearson() {
            return pearson.clone();
        }

        @Override public double[] mae() {
            return mae.clone();
        }
    }

    private final SentenceEncoder encoder;
    private final RidgeHead.Selection selection;
    private final Map<String, String> splitOf;
    private final Set<String> trainIds;
    private final Map<String, String> provenance;

    private VadHead(SentenceEncoder encoder, RidgeHead.Selection selection, Map<String, String> splitOf, Set<String> trainIds,
                    Map<String, String> provenance) {
        this.encoder = encoder;
        this.selection = selection;
        this.splitOf = splitOf;
        this.trainIds = trainIds;
        this.provenance = provenance;
    }

    /** Fits on the texts whose split is "train", selects on those whose split is "dev"; other texts are ignored. */
    public static VadHead train(SentenceEncoder enc, List<EmoText> texts, Options opt, LongConsumer progress) {
        return train(enc, texts, opt, null, progress);
    }

    /** As above, reading back a head trained before on the same inputs from {@code headCache} (null: none). */
    public static VadHead train(SentenceEncoder enc, List<EmoText> texts, Options opt, Path headCache, LongConsumer progress) {
        List<EmoText> trainAll = texts.stream().filter(t -> t.split().equals("train")).toList();
        List<EmoText> tr = HeadData.subset(trainAll, opt.maxTrain(), opt.seed(), EmoText::id);
        List<EmoText> dv = HeadData.subset(texts.stream().filter(t -> t.split().equals("dev")).toList(), 0, opt.seed(), EmoText::id);
        if (tr.size() < 2 || dv.isEmpty()) throw new IllegalArgumentException("need train and dev texts, got " + tr.size() + " and " + dv.size());
        HeadCache.Key key = new HeadCache.Key("emobank-ridge-head-v1").add(enc.id()).add(opt.maxTrain(), opt.seed()).add(opt.grid());
        for (EmoText t : tr) key.add(t.id()).add(t.text()).add(t.mean());
        key.add("dev");
        for (EmoText t : dv) key.add(t.id()).add(t.text()).add(t.mean());
        String hex = key.hex();
        Optional<double[][]> cached = HeadCache.get(headCache, hex);
        RidgeHead.Selection sel;
        if (cached.isPresent()) {
            sel = RidgeHead.fromBlobs(cached.get());
            progress.accept(tr.size() + dv.size());
        } else {
            List<String> all = new ArrayList<>();
            tr.forEach(t -> all.add(t.text()));
            dv.forEach(t -> all.add(t.text()));
            float[][] x = enc.embed(all, progress);
            sel = RidgeHead.select(Arrays.copyOfRange(x, 0, tr.size()), tr.stream().map(EmoText::mean).toArray(double[][]::new),
                    Arrays.copyOfRange(x, tr.size(), x.length), dv.stream().map(EmoText::mean).toArray(double[][]::new), opt.grid());
            HeadCache.put(headCache, hex, RidgeHead.toBlobs(sel));
        }
        Map<String, String> splitOf = new HashMap<>();
        Set<String> trainIds = new HashSet<>();
        dv.forEach(t -> splitOf.put(t.id(), "dev"));
        tr.forEach(t -> {
            splitOf.put(t.id(), "train");
            trainIds.add(t.id());
        });
        Map<String, String> prov = new TreeMap<>();
        prov.put("encoder", enc.id());
        prov.put("head", "ridge per dimension on centred embeddings, predictions clamped to [1, 5]");
        long ones = tr.stream().mapToLong(EmoText::allOnesCount).sum();
        prov.put("targets", "mean of the individual ratings per text, " + ones + " V=A=D=1 ratings among them");
        prov.put("training_split", "emobank train: " + HeadData.describe(tr.size(), trainAll.size(), opt.maxTrain(), opt.seed()));
        prov.put("selection_split", "emobank dev: all " + dv.size());
        double[] l = sel.head().lambdas();
        prov.put("lambda", "V " + Annotators.fmt(l[0]) + ", A " + Annotators.fmt(l[1]) + ", D " + Annotators.fmt(l[2]));
        prov.put("seed", Long.toString(opt.seed()));
        return new VadHead(enc, sel, splitOf, trainIds, prov);
    }

    public double[] predict(float[] x) {
        double[] v = selection.head().predict(x);
        for (int d = 0; d < v.length; d++) v[d] = Math.max(1, Math.min(5, v[d]));
        return v;
    }

    public List<Judgment> annotate(List<TextItem> items, LongConsumer progress) {
        return Annotators.headJudgments(encoder, Annotators.EMOBANK, "vad", items, this::predict, provenance, splitOf, trainIds, progress);
    }

    /** The head's [V, A, D] for each text (embedded through its encoder's cache). */
    public double[][] vad(List<String> texts) {
        float[][] x = encoder.embed(texts);
        double[][] out = new double[x.length][];
        for (int i = 0; i < x.length; i++) out[i] = predict(x[i]);
        return out;
    }

    /** Pearson and MAE against the human means on held-out texts (EmoBank's test split). */
    public Evaluation evaluate(List<EmoText> test, LongConsumer progress) {
        HeadData.requireHeldOut(test, trainIds, EmoText::id);
        if (test.size() < 3) throw new IllegalArgumentException("need at least 3 test texts, got " + test.size());
        float[][] x = encoder.embed(test.stream().map(EmoText::text).toList(), progress);
        double[] r = new double[3], mae = new double[3];
        for (int d = 0; d < 3; d++) {
            double[] human = new double[test.size()], model = new double[test.size()];
            for (int i = 0; i < test.size(); i++) {
                human[i] = test.get(i).mean()[d];
                model[i] = predict(x[i])[d];
            }
            r[d] = Correlations.pearson(human, model).r();
            mae[d] = Descriptive.mae(human, model);
        }
        return new Evaluation(test.size(), r, mae);
    }

    public RidgeHead.Selection selection() {
        return selection;
    }

    public int trainRows() {
        return trainIds.size();
    }

    public Map<String, String> provenance() {
        return Map.copyOf(provenance);
    }
}
