package org.emogap.calibrate;

import org.emogap.RunMode;
import org.emogap.data.GoComment;
import org.emogap.judgment.JudgmentPool;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One model's rows aligned with the human rows: the items of a given order (the core set) that
 * both sides have, as row-major n×k matrices ready for {@link CrossValidation}.
 */
public record CalibrationInput(String model, String kind, int k, String[] itemIds, double[] modelRows,
                               double[] humanRows, String[] groups) {
    public CalibrationInput {
        itemIds = itemIds.clone();
        modelRows = modelRows.clone();
        humanRows = humanRows.clone();
        groups = groups == null ? null : groups.clone();
        if (modelRows.length != humanRows.length || modelRows.length != itemIds.length * k) {
            throw new IllegalArgumentException(model + ": " + itemIds.length + " items but " + modelRows.length
                    + " model and " + humanRows.length + " human values for k=" + k);
        }
    }

    @Override public String[] itemIds() { return itemIds.clone(); }

    @Override public double[] modelRows() { return modelRows.clone(); }

    @Override public double[] humanRows() { return humanRows.clone(); }

    @Override public String[] groups() { return groups == null ? null : groups.clone(); }

    public int n() { return itemIds.length; }

    /**
     * One annotator's pooled judgments ({@link JudgmentPool#byModel}) as an input named {@code name}:
     * items outside its training data and with {@code k} values, aligned with the humans.
     */
    public static CalibrationInput ofPooled(String name, Map<String, JudgmentPool.Pooled> judged, List<String> itemOrder,
                                            Map<String, double[]> human, Map<String, String> agreement, int k) {
        Map<String, double[]> values = new java.util.HashMap<>();
        String kind = "";
        for (JudgmentPool.Pooled p : judged.values()) {
            kind = p.kind();
            if (!p.inTraining() && p.values().length == k) values.put(p.itemId(), p.values());
        }
        return align(name, kind, itemOrder, values, human, agreement, k);
    }

    /**
     * Aligns in the order of {@code itemOrder}, keeping items present in both maps; a vector of the
     * wrong length is refused with the item's id.
     */
    public static CalibrationInput align(String model, String kind, List<String> itemOrder, Map<String, double[]> modelValues,
                                         Map<String, double[]> human, Map<String, String> groups, int k) {
        List<String> ids = new ArrayList<>();
        for (String id : itemOrder) if (modelValues.containsKey(id) && human.containsKey(id)) ids.add(id);
        double[] m = new double[ids.size() * k], h = new double[ids.size() * k];
        String[] g = groups == null ? null : new String[ids.size()];
        for (int i = 0; i < ids.size(); i++) {
            String id = ids.get(i);
            double[] mv = modelValues.get(id), hv = human.get(id);
            if (mv.length != k || hv.length != k) {
                throw new IllegalArgumentException(model + ", item " + id + ": " + mv.length + " model and " + hv.length + " human values, expected " + k);
            }
            System.arraycopy(mv, 0, m, i * k, k);
            System.arraycopy(hv, 0, h, i * k, k);
            if (g != null) {
                g[i] = groups.get(id);
                if (g[i] == null) throw new IllegalArgumentException("item " + id + " has no group label");
            }
        }
        return new CalibrationInput(model, kind, k, ids.toArray(String[]::new), m, h, g);
    }

    /** The cross-validation of this input. */
    public CvResult crossValidate(List<Calibrator> methods, int nFolds, long seed) {
        return crossValidate(methods, nFolds, seed, RunMode.EMOGAP);
    }

    /**
     * Cross-validates under a mode: the paper mode cuts scikit-learn's KFold folds over the items
     * sorted by id ({@link CrossValidation#foldsSklearn}), the emogap mode emogap's seeded folds over
     * the items in their order.
     */
    public CvResult crossValidate(List<Calibrator> methods, int nFolds, long seed, RunMode mode) {
        if (!mode.paper()) return CrossValidation.run(modelRows, humanRows, k, groups, methods, CrossValidation.folds(n(), nFolds, seed), seed, mode);
        Integer[] order = new Integer[n()];
        for (int i = 0; i < order.length; i++) order[i] = i;
        java.util.Arrays.sort(order, java.util.Comparator.comparing(i -> itemIds[i]));
        int[] sortedFold = CrossValidation.foldsSklearn(n(), nFolds, seed), fold = new int[n()];
        for (int r = 0; r < order.length; r++) fold[order[r]] = sortedFold[r];
        return CrossValidation.run(modelRows, humanRows, k, groups, methods, fold, seed, mode);
    }

    /**
     * The human side a mode calibrates against for one comment: its distribution (votes / total
     * votes) in the emogap mode, its raw per-label rater shares r_k in the paper mode (the
     * authors' {@code <label>_dist} columns; JSD still normalises them).
     */
    public static double[] humanRow(GoComment comment, RunMode mode) {
        return mode.paper() ? comment.rates() : comment.distribution();
    }
}
