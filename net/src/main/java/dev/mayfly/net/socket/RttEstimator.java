package dev.mayfly.net.socket;

/**
 * The retransmission timeout computed from round-trip samples (RFC 6298 §2), with exponential
 * back-off (RFC 6298 §5.5).
 *
 * <p>Smoothed RTT and variance are held scaled by 8 and 4 in milliseconds (as Jacobson's
 * algorithm does), so no floating point is needed.
 */
public final class RttEstimator {
    /** Initial RTO before any sample: 1 second (RFC 6298 §2.1). */
    public static final int INITIAL_RTO_MILLIS = 1000;
    /** RTO lower bound: 1 second (RFC 6298 §2.4); may be lowered per socket, as Linux does (200 ms). */
    public static final int MIN_RTO_MILLIS = 1000;
    /** RTO upper bound: at least 60 seconds (RFC 6298 §2.5). */
    public static final int MAX_RTO_MILLIS = 60_000;
    /** Clock granularity G of the millisecond clock (RFC 6298 §2). */
    public static final int CLOCK_GRANULARITY_MILLIS = 1;

    private int minRto = MIN_RTO_MILLIS;
    private int srtt8;
    private int rttvar4;
    private boolean hasSample;
    private int baseRto = INITIAL_RTO_MILLIS;
    private int rto = INITIAL_RTO_MILLIS;

    /** Sets the lower bound of the timeout (RFC 6298 §2.4 recommends 1 s). */
    public void setMinimumRto(int millis) {
        minRto = Math.max(CLOCK_GRANULARITY_MILLIS, millis);
        if (hasSample) {
            recompute();
        }
    }

    /** Returns the current retransmission timeout in milliseconds, back-off included. */
    public int rto() { return rto; }

    /** Returns the smoothed round-trip time in milliseconds, or 0 before the first sample. */
    public int srtt() { return srtt8 >> 3; }

    /** Adds a round-trip measurement (RFC 6298 §2.2, §2.3) and clears any back-off. */
    public void sample(int rttMillis) {
        int r = Math.max(0, rttMillis);
        if (!hasSample) {
            srtt8 = r << 3;
            rttvar4 = r << 1;
            hasSample = true;
        } else {
            int err = r - (srtt8 >> 3);
            srtt8 += err;                       // srtt = 7/8 srtt + 1/8 r
            rttvar4 += Math.abs(err) - (rttvar4 >> 2); // rttvar = 3/4 rttvar + 1/4 |err|
        }
        recompute();
    }

    private void recompute() {
        long value = (srtt8 >> 3) + Math.max(CLOCK_GRANULARITY_MILLIS, rttvar4);
        baseRto = (int) Math.min(MAX_RTO_MILLIS, Math.max(minRto, value));
        rto = baseRto;
    }

    /** Doubles the timeout after a retransmission timer expiry (RFC 6298 §5.5). */
    public void backOff() {
        rto = Math.min(MAX_RTO_MILLIS, rto * 2);
    }
}
