package org.emogap.llm;

import tech.tablesaw.api.DoubleColumn;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.emogap.judgment.Judgment;
import org.emogap.judgment.Judgments;

/**
 * Stored samples → one {@link Judgment} per (model, temperature, item). Nothing pooled is written:
 * the paper's main results pool all 40 samples of an item, and that pooling is done once, by
 * {@link org.emogap.judgment.Pooling}, when the analyses read the judgments. The file is streamed
 * once, parsed on every core ({@link SampleFields#parseAhead}), and a second time only when a key
 * was stored twice (then the last record of each key wins), so memory grows with items and keys,
 * not with the file.
 *
 * <p>Values: GoEmotions samples give {@code rates} (mean multi-hot over usable samples); verbalized
 * and logprobs give {@code distribution} (mean of per-sample distributions); EmoBank gives {@code vad}
 * (mean of per-sample V, A, D; for the distribution modes the expected ratings, with the mean 5-bin
 * distributions in provenance {@code vad_distribution}). Usable = status {@code ok}; failures are
 * counted in {@code nFailed}. With {@code paper}, a failed GoEmotions sample counts as
 * {@code ["neutral"]} (an {@code unknown_label} sample keeps its known labels, as the paper's parser
 * did): it is then used, so {@code nFailed} is 0 and provenance {@code failed_as_neutral} counts
 * them. Judgments keep the per-sample vectors unless asked not to. An item with no usable sample
 * at a temperature gets no judgment there (counted in {@link Result#skipped}).
 *
 * <p>Judgment model ids: the configured id (samples stored under a configured id by an earlier,
 * different configuration of it become {@code <id>~<identity>}, see {@link Options#idOf}), plus {@code :verbalized} / {@code :logprobs} for those
 * modes and {@code :paper} for the paper's mapping, so each lands in its own judgments file.
 */
public final class Aggregator {
    private Aggregator() {}

    /**
     * @param paper       the paper's failure → neutral mapping
     * @param prompt      only samples of this prompt version (null: any, but one per model and mode)
     * @param keepSamples keep per-sample vectors in per-temperature judgments
     */
    public record Options(boolean paper, String prompt, boolean keepSamples, List<ModelConfig> models) {
        public Options {
            models = models == null ? List.of() : List.copyOf(models);
        }

        public static Options defaults() {
            return new Options(false, null, true, null);
        }

        public Options withPaper(boolean p) {
            return new Options(p, prompt, keepSamples, models);
        }

        /**
         * Names judgments after these configured models: a sample whose request identity
         * ({@link ModelConfig#identity()}) is a configured model's takes that model's id, so a renamed
         * entry keeps its samples and its judgments carry the new id. Samples of no configured model
         * keep the id they were stored with.
         */
        public Options withModels(List<ModelConfig> m) {
            return new Options(paper, prompt, keepSamples, m);
        }

        /**
         * The judgment id of a sample: the configured model whose request identity it has; else the
         * id it was stored with — unless a configured model now has that id with another identity
         * (its base URL, model or settings changed): then the older samples are a different
         * annotator and get {@code <id>~<identity>}, so the two are never pooled as one.
         */
        String idOf(SampleFields r) {
            for (ModelConfig m : models) {
                if (r.identity != null ? r.identity.equals(m.identity())
                        : m.provider().equals(r.provider) && m.baseUrl().equals(r.baseUrl) && m.model().equals(r.apiModel)) {
                    return m.id();
                }
            }
            for (ModelConfig m : models) {
                if (m.id().equals(r.model)) {
                    String identity = r.identity != null ? r.identity
                            : SampleKey.sha256(r.provider + "\u0000" + r.baseUrl + "\u0000" + r.apiModel).substring(0, 16);
                    return r.model + "~" + identity.substring(0, 8);
                }
            }
            return r.model;
        }
    }

    /** The judgments, per judgment-model id the items skipped for want of a usable sample, and the records read. */
    public record Result(List<Judgment> judgments, Map<String, Integer> skipped, long records, long superseded) {}

    record Group(String model, double temperature, String item) {}

    /**
     * One (model, temperature, item): its usable samples are held until {@link #order()} puts them
     * in sample-number order, so sums (and the kept vectors) do not depend on the order in which
     * concurrent workers happened to store them; equal numbers keep their store order.
     */
    private static final class Acc {
        final int dim;
        int used, total, failed;
        int[] number = new int[10];
        double[][] values = new double[10][];
        double[][] dists; // 5-bin V/A/D distributions (EmoBank's distribution modes), else null
        final Map<String, String> prov = new TreeMap<>();

        Acc(int dim) {
            this.dim = dim;
        }

        void add(int sample, double[] v, double[] dist15, boolean failedSample) {
            total++;
            if (failedSample) failed++;
            if (v == null) return;
            if (used == number.length) {
                number = Arrays.copyOf(number, used * 2);
                values = Arrays.copyOf(values, used * 2);
                if (dists != null) dists = Arrays.copyOf(dists, used * 2);
            }
            if (dist15 != null && dists == null) dists = new double[values.length][];
            number[used] = sample;
            values[used] = v;
            if (dists != null) dists[used] = dist15;
            used++;
        }

        /** Puts the usable samples in sample-number order (stable). */
        void order() {
            boolean sorted = true;
            for (int i = 1; i < used && sorted; i++) sorted = number[i - 1] <= number[i];
            if (sorted) return;
            Integer[] idx = new Integer[used];
            for (int i = 0; i < used; i++) idx[i] = i;
            Arrays.sort(idx, (a, b) -> Integer.compare(number[a], number[b]));
            double[][] v = new double[used][], d = dists == null ? null : new double[used][];
            for (int i = 0; i < used; i++) {
                v[i] = values[idx[i]];
                if (d != null) d[i] = dists[idx[i]];
            }
            values = v;
            dists = d;
        }

        double[] mean() {
            double[] m = new double[dim];
            for (int s = 0; s < used; s++) for (int i = 0; i < dim; i++) m[i] += values[s][i];
            for (int i = 0; i < dim; i++) m[i] /= used;
            return m;
        }

        /** The 5-bin distributions summed over the usable samples, or null. */
        double[] distSum() {
            if (dists == null) return null;
            double[] m = new double[15];
            for (int s = 0; s < used; s++) if (dists[s] != null) for (int i = 0; i < 15; i++) m[i] += dists[s][i];
            return m;
        }
    }

    /** Aggregates the samples of one dataset in a store file. */
    public static Result judgments(Path store, String dataset, Options o) {
        // One pass adds up every record and indexes the keys as it goes. Only when a key came twice
        // (an error asked again) does a second pass redo it with the last record of each key alone.
        Pass pass = accumulate(store, dataset, o, null);
        if (pass.duplicates) pass = accumulate(store, dataset, o, pass.index);
        return build(store, dataset, o, pass);
    }

    /** What one pass over a store added up. */
    private static final class Pass {
        final KeyIndex index = new KeyIndex(1 << 16);
        final Map<Group, Acc> groups = new LinkedHashMap<>();
        final Map<String, TreeSet<String>> prompts = new TreeMap<>();
        long records;
        boolean duplicates;
    }

    /** Adds up the records of a dataset; with {@code lastOnly}, only the last record of each key. */
    private static Pass accumulate(Path store, String dataset, Options o, KeyIndex lastOnly) {
        Pass pass = new Pass();
        boolean go = dataset.equals("goemotions");
        int dim = go ? Parsers.GOEMOTIONS.size() : 3;
        String[] seen = new String[4]; // model, prompt, identity, judgment model id of the last record used
        Mode[] seenMode = {null};
        SampleFields.parseAhead(store, r -> {
            long n = pass.records++;
            if (pass.index.put(r.keyBits.hi(), r.keyBits.lo(), n)) pass.duplicates = true;
            if (lastOnly != null && lastOnly.get(r.keyBits.hi(), r.keyBits.lo()) != n) return;
            if (!r.dataset.equals(dataset) || o.prompt() != null && !o.prompt().equals(r.prompt)) return;
            // consecutive records mostly share model, mode and prompt: name the judgment model once per run of them
            if (!(r.model.equals(seen[0]) && r.mode == seenMode[0] && r.prompt.equals(seen[1]) && Objects.equals(r.identity, seen[2]))) {
                seen[0] = r.model;
                seen[1] = r.prompt;
                seen[2] = r.identity;
                seenMode[0] = r.mode;
                seen[3] = o.idOf(r) + (r.mode == Mode.SAMPLE ? "" : ":" + r.mode.label()) + (o.paper() ? ":paper" : "");
                pass.prompts.computeIfAbsent(seen[3], k -> new TreeSet<>()).add(r.prompt);
            }
            String id = seen[3];
            double[] v = null, dist15 = null;
            if (r.ok()) {
                v = r.valueCopy();
                if (!go && r.mode != Mode.SAMPLE) {
                    dist15 = v;
                    v = Parsers.expectedVad(v);
                }
            } else if (o.paper() && go) {
                v = new double[Parsers.GOEMOTIONS.size()];
                double[] known = r.valueCopy();
                if (r.status == Status.UNKNOWN_LABEL && known != null && Arrays.stream(known).sum() > 0) v = known;
                else v[Parsers.NEUTRAL] = 1;
            }
            Acc a = pass.groups.computeIfAbsent(new Group(id, r.temperature, r.item), k -> new Acc(dim));
            a.add(r.sample, v, dist15, !r.ok());
            if (a.prov.isEmpty()) {
                a.prov.put("prompt", r.prompt);
                a.prov.put("mode", r.mode.label());
                a.prov.put("parse", o.paper() ? "paper" : "emogap");
                a.prov.put("provider", r.provider);
                a.prov.put("api_model", r.apiModel);
                a.prov.put("store", store.getFileName().toString());
            }
        });
        return pass;
    }

    private static Result build(Path store, String dataset, Options o, Pass pass) {
        boolean go = dataset.equals("goemotions");
        Map<Group, Acc> groups = pass.groups;
        Map<String, TreeSet<String>> prompts = pass.prompts;
        prompts.forEach((id, ps) -> {
            if (ps.size() > 1) {
                throw new IllegalStateException(store + ": " + id + " has samples of several prompts " + ps
                        + "; choose one with Options(prompt)");
            }
        });
        List<Judgment> out = new ArrayList<>();
        Map<String, Integer> skipped = new TreeMap<>();
        // Entries are removed as they become judgments, so the per-sample vectors are not held twice.
        for (var it = groups.entrySet().iterator(); it.hasNext(); ) {
            var e = it.next();
            it.remove();
            Group g = e.getKey();
            Acc a = e.getValue();
            if (a.used == 0) {
                skipped.merge(g.model(), 1, Integer::sum);
                continue;
            }
            a.order();
            double[] mean = a.mean();
            Map<String, String> prov = new TreeMap<>(a.prov);
            int failed = a.failed;
            if (o.paper() && go) {
                prov.put("failed_as_neutral", Integer.toString(a.failed));
                failed = 0;
            }
            double[] dist = a.distSum();
            if (dist != null) {
                prov.put("vad_distribution", Arrays.stream(dist).mapToObj(x -> Double.toString(Math.round(x / a.used * 1e6) / 1e6))
                        .collect(Collectors.joining(",")));
            }
            String type = !go ? "vad" : a.prov.get("mode").equals("sample") ? "rates" : "distribution";
            out.add(new Judgment(dataset, g.model(), kind(g.model()), g.temperature(), g.item(), type, mean,
                    o.keepSamples() ? Arrays.copyOf(a.values, a.used) : null, a.total, failed, false, prov));
        }
        return new Result(out, skipped, pass.records, pass.records - pass.index.size());
    }

    /** The kind of a sampled annotator: {@code simulated-llm} for the simulator's ids ({@code sim:...}), else {@code llm}. */
    public static String kind(String modelId) {
        return modelId.startsWith("sim:") ? "simulated-llm" : "llm";
    }

    /** Writes the judgments, one file per judgment-model id; returns the files. */
    public static List<Path> write(Path root, Result r) {
        Map<String, List<Judgment>> byModel = new TreeMap<>();
        for (Judgment j : r.judgments()) byModel.computeIfAbsent(j.dataset() + "\u0000" + j.model(), k -> new ArrayList<>()).add(j);
        List<Path> files = new ArrayList<>();
        byModel.forEach((k, js) -> files.add(Judgments.write(root, js.get(0).dataset(), js.get(0).model(), js)));
        return files;
    }

    /** Latest status of every stored sample, counted per model, mode, temperature and status. */
    public static Table statusTable(Path store) {
        Map<ResponseStore.K, String> last = new HashMap<>();
        SampleFields.parseAhead(store, r -> last.put(r.keyBits,
                r.dataset + "\u0000" + r.model + "\u0000" + r.mode.label() + "\u0000" + r.temperature + "\u0000" + r.status.label()));
        Map<String, Integer> counts = new TreeMap<>();
        for (String s : last.values()) counts.merge(s, 1, Integer::sum);
        StringColumn ds = StringColumn.create("dataset"), model = StringColumn.create("model"),
                mode = StringColumn.create("mode"), status = StringColumn.create("status");
        DoubleColumn temp = DoubleColumn.create("temperature");
        IntColumn n = IntColumn.create("samples");
        counts.forEach((k, c) -> {
            String[] f = k.split("\u0000");
            ds.append(f[0]);
            model.append(f[1]);
            mode.append(f[2]);
            temp.append(Double.parseDouble(f[3]));
            status.append(f[4]);
            n.append(c);
        });
        return Table.create("sample statuses", ds, model, mode, temp, status, n);
    }
}
