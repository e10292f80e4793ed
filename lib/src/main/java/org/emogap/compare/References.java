package org.emogap.compare;

import org.emogap.data.HumanItems;
import org.emogap.judgment.ModelItems;
import org.emogap.judgment.Temperature;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Reference annotators, kind {@code reference}, that every comparison shows next to the models so
 * a number can be read: {@code reference:uniform} answers every item with the uniform
 * distribution over the labels (what knowing nothing scores), and {@code reference:label-prior}
 * with the mean human distribution of the items (what knowing only how often each label is used
 * scores; computed on the very items it is scored on, so it is an in-sample reference, not a
 * model). And the common items: those every annotator judged outside its training data, on
 * which annotators of different kinds are compared fairly.
 */
public final class References {
    public static final String KIND = "reference";
    public static final String UNIFORM = "reference:uniform", LABEL_PRIOR = "reference:label-prior";

    private References() {}

    /** The two reference annotators over the human items. */
    public static List<ModelItems> of(HumanItems human) {
        int n = human.n(), k = human.k();
        double[] uniform = new double[n * k], prior = new double[k], priorRows = new double[n * k];
        Arrays.fill(uniform, 1.0 / k);
        double[] dist = human.distributionRows();
        for (int i = 0; i < n; i++) for (int j = 0; j < k; j++) prior[j] += dist[i * k + j] / n;
        for (int i = 0; i < n; i++) System.arraycopy(prior, 0, priorRows, i * k, k);
        int[] ones = new int[n], zeros = new int[n];
        Arrays.fill(ones, 1);
        return List.of(new ModelItems(UNIFORM, KIND, Temperature.POOLED_LABEL, "distribution", human.ids(), uniform, ones, zeros),
                new ModelItems(LABEL_PRIOR, KIND, Temperature.POOLED_LABEL, "distribution", human.ids(), priorRows, ones, zeros));
    }

    /** The models followed by the references over the same human items. */
    public static List<ModelItems> with(List<ModelItems> models, HumanItems human) {
        List<ModelItems> out = new ArrayList<>(models);
        out.addAll(of(human));
        return out;
    }

    /**
     * The human items every model judged (each model's pooled row, or its only one; its training
     * items are not in it, so a head restricts the set to its held-out items).
     */
    public static HumanItems commonItems(HumanItems human, List<ModelItems> models) {
        Set<String> common = new HashSet<>(Arrays.asList(human.ids()));
        for (ModelItems m : models) common.retainAll(Arrays.asList(m.ids()));
        return human.select(common, "common-items");
    }
}
