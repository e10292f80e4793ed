package org.emogap.llm;

import org.emogap.Project;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code environment/annotate}: the LLM annotation of notebook 03 from a terminal, for long paid
 * runs under tmux, nohup or a cluster job. Exit status: 0 the plan is complete (every sample stored,
 * failed ones counted); 2 bad usage or configuration; 3 stopped by the budget; 4 the store is locked
 * by another run; 1 anything else (an interrupt, a refused key, an error). SIGINT and SIGTERM stop
 * it cleanly: samples in flight finish or are dropped, the store stays whole, a rerun resumes.
 */
public final class Annotate {
    static final String USAGE = """
            usage: environment/annotate --dataset goemotions|emobank [--models FILE] [--store DIR] [--items N]
                [--temperatures 0.0,0.3,0.7,1.0] [--samples N] [--mode sample|verbalized|logprobs]
                [--model ID ...] [--budget USD] [--retry-errors] [--dry-run]
            Defaults come from the settings the notebooks read (EMOGAP_MODELS, EMOGAP_LLM_STORE, EMOGAP_SAMPLE,
            EMOGAP_LLM_SAMPLES, EMOGAP_LLM_MODE, EMOGAP_LLM_BUDGET, EMOGAP_LLM_RETRY_ERRORS).""";

    private Annotate() {}

    /** Bad usage or configuration: exit 2 with this message. */
    static final class UsageException extends RuntimeException {
        UsageException(String m) { super(m); }
    }

    /** Set when a signal started the JVM's shutdown: then main returns instead of calling exit (which would block). */
    private static volatile boolean stopping;

    public static void main(String[] args) {
        int code = run(args, System.out, System.err);
        if (!stopping) System.exit(code);
    }

    static int run(String[] args, PrintStream out, PrintStream err) {
        Annotation.Settings s;
        boolean dryRun;
        try {
            String dataset = null;
            for (int i = 0; i < args.length; i++) if (args[i].equals("--dataset") && i + 1 < args.length) dataset = args[i + 1];
            if (dataset == null) throw new UsageException("--dataset is required");
            s = Annotation.Settings.fromEnvironment(dataset);
            dryRun = false;
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < args.length; i++) {
                String a = args[i];
                switch (a) {
                    case "--dataset" -> i++;
                    case "--models" -> s = s.withModelsFile(Path.of(value(args, ++i, a)));
                    case "--store" -> s = s.withStoreDir(Path.of(value(args, ++i, a)));
                    case "--items" -> s = s.withItems(integer(value(args, ++i, a), a));
                    case "--samples" -> s = s.withSamples(integer(value(args, ++i, a), a));
                    case "--temperatures" -> {
                        List<Double> t = new ArrayList<>();
                        for (String x : value(args, ++i, a).split(",")) t.add(Annotation.number("--temperatures", x));
                        s = s.withTemperatures(t);
                    }
                    case "--mode" -> s = s.withMode(Mode.of(value(args, ++i, a)));
                    case "--model" -> ids.add(value(args, ++i, a));
                    case "--budget" -> s = s.withBudget(Annotation.number("--budget", value(args, ++i, a)));
                    case "--retry-errors" -> s = s.withRetryErrors(true);
                    case "--dry-run" -> dryRun = true;
                    case "-h", "--help" -> {
                        out.println(USAGE);
                        return 0;
                    }
                    default -> throw new UsageException("unknown argument '" + a + "'");
                }
            }
            if (!ids.isEmpty()) s = s.withModelIds(ids);
        } catch (UsageException | IllegalArgumentException e) {
            err.println("annotate: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        try {
            return annotate(s, dryRun, out, err);
        } catch (StoreLockedException e) {
            err.println("annotate: " + e.getMessage());
            return 4;
        } catch (UsageException | IllegalArgumentException e) {
            err.println("annotate: " + e.getMessage());
            return 2;
        } catch (InterruptedException e) {
            err.println("annotate: " + e.getMessage() + "; the store is intact");
            return 1;
        } catch (RuntimeException e) {
            err.println("annotate: " + e.getMessage());
            return 1;
        }
    }

    private static int annotate(Annotation.Settings s, boolean dryRun, PrintStream out, PrintStream err) throws InterruptedException {
        List<ModelConfig> configured = Annotation.models(s.withModelIds(List.of()).withMode(Mode.SAMPLE));
        List<ModelConfig> models = Annotation.models(s);
        if (models.isEmpty()) {
            throw new UsageException(java.nio.file.Files.isRegularFile(s.modelsFile())
                    ? s.modelsFile() + " configures no model for this run (mode " + s.mode().label() + ")"
                    : "no models file at " + s.modelsFile() + " (copy environment/models.example.json, or give --models FILE)");
        }
        for (ModelConfig m : models) {
            String p = m.problem();
            if (p != null) throw new UsageException("model " + m.id() + ": " + p);
        }
        List<Item> items = Annotation.items(s.dataset(), Project.seed(), s.items());
        Plan plan = Annotation.plan(s, models, items);
        try (ResponseStore store = ResponseStore.open(s.store())) {
            Runner runner = Annotation.runner(store, s);
            Estimate est = runner.estimate(plan);
            out.println(est.table().print());
            out.printf(Locale.ROOT, "%s: %,d items x %d models x %d temperatures x %d samples = %,d planned, %,d to send;"
                            + " at most $%.2f (about $%.2f); budget $%.2f%n", s.dataset(), items.size(), models.size(),
                    s.temperatures().size(), s.samples(), plan.size(), est.requests(), est.costCap(), est.costTypical(), s.budget());
            if (dryRun) return 0;
            if (est.requests() > 0) {
                for (ModelConfig m : models) {
                    String p = Llm.probe(m);
                    if (p != null) throw new UsageException("model " + m.id() + " cannot be reached: " + p);
                }
            }
            Thread main = Thread.currentThread();
            Thread hook = new Thread(() -> {
                stopping = true;
                main.interrupt();
                try {
                    main.join(30_000);
                } catch (InterruptedException ignored) {
                    // the JVM is going down anyway
                }
            }, "emogap-annotate-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            Runner.Summary sum;
            try (TerminalProgress bar = new TerminalProgress(err, "annotating " + s.dataset())) {
                sum = runner.run(plan, bar);
            }
            out.println(Annotation.outcome(sum, s.budget()));
            Aggregator.Result r = Annotation.writeJudgments(s.store(), s.dataset(), configured);
            out.printf(Locale.ROOT, "judgments written: %,d (%s)%n", r.judgments().size(), s.dataset());
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // a signal arrived just now: the hook runs and finds this thread done
            }
            if (sum.complete()) return 0;
            if (sum.budgetStopped()) return 3;
            return 1;
        }
    }

    private static String value(String[] args, int i, String flag) {
        if (i >= args.length) throw new UsageException(flag + " needs a value");
        return args[i];
    }

    private static int integer(String v, String flag) {
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new UsageException(flag + " is '" + v + "', not a whole number");
        }
    }
}
