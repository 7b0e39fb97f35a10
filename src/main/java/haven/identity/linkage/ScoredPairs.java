package haven.identity.linkage;

import java.util.Arrays;

/** Scored candidate pairs held as parallel primitive arrays, so millions of them fit in little memory. */
public final class ScoredPairs {
    private int[] left = new int[1024];
    private int[] right = new int[1024];
    private float[] weight = new float[1024];
    private byte[] verdict = new byte[1024];
    private int size;

    public void add(int a, int b, double w, Verdict v) {
        if (size == left.length) {
            int n = size * 2;
            left = Arrays.copyOf(left, n);
            right = Arrays.copyOf(right, n);
            weight = Arrays.copyOf(weight, n);
            verdict = Arrays.copyOf(verdict, n);
        }
        left[size] = a;
        right[size] = b;
        weight[size] = (float) w;
        verdict[size] = (byte) v.ordinal();
        size++;
    }

    public void addAll(ScoredPairs other) {
        for (int i = 0; i < other.size; i++) {
            add(other.left[i], other.right[i], other.weight[i], other.verdict(i));
        }
    }

    public int size() {
        return size;
    }

    public int left(int i) {
        return left[i];
    }

    public int right(int i) {
        return right[i];
    }

    public double weight(int i) {
        return weight[i];
    }

    public Verdict verdict(int i) {
        return Verdict.values()[verdict[i]];
    }
}
