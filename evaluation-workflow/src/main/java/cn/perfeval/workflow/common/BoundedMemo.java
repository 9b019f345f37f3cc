package cn.perfeval.workflow.common;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Results of pure work kept by their inputs, the least recently used let go past {@code capacity}: for keys that
 * name everything the result depends on, so a kept result is never stale (unlike {@link KeptReads}, nothing ages).
 */
public final class BoundedMemo<K, V> {

    private final Map<K, V> kept;

    public BoundedMemo(int capacity) {
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The result kept for this key, or what {@code work} gives (computed outside the lock, then kept). */
    public V get(K key, Supplier<V> work) {
        synchronized (kept) {
            V hit = kept.get(key);
            if (hit != null) {
                return hit;
            }
        }
        V value = work.get();
        synchronized (kept) {
            kept.put(key, value);
        }
        return value;
    }
}
