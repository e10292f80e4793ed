package org.emogap.stats;

import org.apache.commons.math3.ml.clustering.CentroidCluster;
import org.apache.commons.math3.ml.clustering.DoublePoint;
import org.apache.commons.math3.ml.clustering.KMeansPlusPlusClusterer;
import org.apache.commons.math3.ml.distance.EuclideanDistance;
import org.apache.commons.math3.random.MersenneTwister;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/** k-means (k-means++ start, Commons Math) of small point sets such as the 28 categories. */
public final class Clusters {
    private Clusters() {}

    /**
     * Cluster of each point, numbered by the smallest point index in each cluster so the numbering
     * does not depend on the clusterer's internal order. Best of {@code trials} runs by within-cluster
     * sum of squares, each seeded from {@code seed}.
     */
    public static int[] kMeans(double[][] points, int k, long seed) {
        if (points.length < k) throw new IllegalArgumentException(points.length + " points cannot form " + k + " clusters");
        List<DoublePoint> pts = new ArrayList<>();
        for (double[] p : points) pts.add(new DoublePoint(p));
        MersenneTwister rng = new MersenneTwister(seed);
        int[] best = null;
        double bestSse = Double.POSITIVE_INFINITY;
        for (int trial = 0; trial < 10; trial++) {
            KMeansPlusPlusClusterer<DoublePoint> km = new KMeansPlusPlusClusterer<>(k, 300, new EuclideanDistance(), rng);
            List<CentroidCluster<DoublePoint>> cl = km.cluster(pts);
            Map<DoublePoint, Integer> of = new IdentityHashMap<>();
            double sse = 0;
            for (int c = 0; c < cl.size(); c++) {
                double[] ctr = cl.get(c).getCenter().getPoint();
                for (DoublePoint p : cl.get(c).getPoints()) {
                    of.put(p, c);
                    double[] v = p.getPoint();
                    for (int d = 0; d < v.length; d++) sse += (v[d] - ctr[d]) * (v[d] - ctr[d]);
                }
            }
            if (sse < bestSse - 1e-12) {
                bestSse = sse;
                int[] raw = new int[points.length];
                for (int i = 0; i < raw.length; i++) raw[i] = of.get(pts.get(i));
                best = canonical(raw);
            }
        }
        return best;
    }

    /** Renumbers cluster ids in order of first appearance. */
    static int[] canonical(int[] raw) {
        Map<Integer, Integer> map = new java.util.HashMap<>();
        int[] out = new int[raw.length];
        for (int i = 0; i < raw.length; i++) {
            Integer c = map.get(raw[i]);
            if (c == null) map.put(raw[i], c = map.size());
            out[i] = c;
        }
        return out;
    }
}
