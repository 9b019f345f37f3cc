package cn.perfeval.workflow.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * When a kept value ages out, one reader reads it again and the others keep the old value for those moments (at a
 * hundred thousand rows, 32 readers recounting at once every 30 s was the slowest moment of every read); a change on
 * this instance is never answered with the old value.
 */
class OneReaderRefreshesTest {

    @Test
    void anAgedSnapshotIsReloadedByOneReaderWhileTheOthersKeepIt() throws Exception {
        AtomicInteger version = new AtomicInteger();
        CountDownLatch reloading = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        SnapshotCache<Integer> cache = new SnapshotCache<>(() -> {
            int v = version.incrementAndGet();
            if (v == 2) {
                reloading.countDown();
                await(release);
            }
            return v;
        }, Duration.ZERO);
        assertThat(cache.get()).isEqualTo(1);

        CompletableFuture<Integer> reloader = CompletableFuture.supplyAsync(cache::get);
        assertThat(reloading.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(cache.get()).as("another reader meanwhile keeps the old snapshot").isEqualTo(1);
        release.countDown();
        assertThat(reloader.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(version).as("one reload, not one per reader").hasValue(2);

        cache.changed();
        assertThat(cache.get()).as("after a change here, never the old one").isEqualTo(3);
    }

    @Test
    void anAgedTotalIsRecountedByOneReaderWhileTheOthersKeepIt() throws Exception {
        KeptReads kept = new KeptReads(Duration.ZERO);
        AtomicInteger counted = new AtomicInteger();
        assertThat(kept.<Integer>get("total", counted::incrementAndGet)).isEqualTo(1);

        CountDownLatch counting = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        CompletableFuture<Integer> recounter = CompletableFuture.supplyAsync(() -> kept.<Integer>get("total", () -> {
            counting.countDown();
            await(release);
            return counted.incrementAndGet();
        }));
        assertThat(counting.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(kept.<Integer>get("total", counted::incrementAndGet)).as("the old total meanwhile").isEqualTo(1);
        release.countDown();
        assertThat(recounter.get(5, TimeUnit.SECONDS)).isEqualTo(2);
        assertThat(counted).as("one recount").hasValue(2);

        kept.changed();
        assertThat(kept.<Integer>get("total", () -> 7)).as("after a change here, counted afresh").isEqualTo(7);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
