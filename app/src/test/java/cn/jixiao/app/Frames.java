package cn.jixiao.app;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.scene.Scene;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * Pulse hooks of the window benchmark ({@link EditorBenchmark}): a step runs at the start of a
 * pulse, as an input event would just before it; it is timed to the end of that pulse's CSS and
 * layout (or a later pulse's, until what it should show is there) and to the end of the next
 * pulse, which JavaFX holds until the renderer has drawn the frame before: the frame the clerk sees.
 */
final class Frames {
    /** One timed step. */
    static final class Step {
        private final Runnable action;
        private final BooleanSupplier shown;
        private final CountDownLatch done = new CountDownLatch(1);
        private long start;
        private long acted;
        private long laidOut;
        private long next;
        private int state;
        private Throwable error;

        private Step(Runnable action, BooleanSupplier shown) {
            this.action = action;
            this.shown = shown;
        }

        long start() {
            return start;
        }

        /** The action itself, on the FX thread. */
        double actionMs() {
            return (acted - start) / 1e6;
        }

        /** From the action to the end of layout of the first frame that shows its result. */
        double shownMs() {
            return (laidOut - start) / 1e6;
        }

        /**
         * From the start of the step's pulse until its frame is drawn: the end of the next pulse,
         * which waits for the renderer to finish the frame before.
         */
        double frameMs() {
            return (next - start) / 1e6;
        }
    }

    private volatile Step current;
    private final List<Long> pulses = new ArrayList<>();
    private volatile boolean recording;

    /** On the FX thread. */
    Frames(Scene scene) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                onPulse();
            }
        }.start();
        scene.addPostLayoutPulseListener(this::afterLayout);
    }

    private void onPulse() {
        long t = System.nanoTime();
        if (recording) {
            synchronized (pulses) {
                pulses.add(t);
            }
        }
        Step s = current;
        if (s == null) {
            return;
        }
        if (s.state == 0) {
            s.start = t;
            s.state = 1;
            try {
                s.action.run();
            } catch (Throwable e) {
                s.error = e;
                finish(s);
            }
            s.acted = System.nanoTime();
        } else if (s.state == 2) {
            // this pulse waits for the step's frame to be drawn before it ends; a task queued now runs after it
            s.state = 3;
            Platform.runLater(() -> {
                s.next = System.nanoTime();
                finish(s);
            });
        }
    }

    private void afterLayout() {
        Step s = current;
        if (s == null || s.state != 1) {
            return;
        }
        long t = System.nanoTime();
        try {
            if (s.shown.getAsBoolean()) {
                s.laidOut = t;
                s.state = 2;
            }
        } catch (Throwable e) {
            s.error = e;
            finish(s);
        }
    }

    private void finish(Step s) {
        s.state = 4;
        current = null;
        s.done.countDown();
    }

    /** Runs the action at the next pulse and waits until a frame shows what {@code shown} checks. */
    Step run(Runnable action, BooleanSupplier shown) throws InterruptedException {
        Step s = new Step(action, shown);
        current = s;
        if (!s.done.await(60, TimeUnit.SECONDS)) {
            current = null;
            throw new IllegalStateException("no frame showed the step's result within 60 s");
        }
        if (s.error != null) {
            throw new IllegalStateException("the step failed", s.error);
        }
        return s;
    }

    Step run(Runnable action) throws InterruptedException {
        return run(action, () -> true);
    }

    /** Starts noting the time of every pulse. */
    void record() {
        synchronized (pulses) {
            pulses.clear();
        }
        recording = true;
    }

    /** Stops noting pulses; the intervals between those noted, in ms. */
    List<Double> intervals() {
        recording = false;
        List<Double> out = new ArrayList<>();
        synchronized (pulses) {
            for (int i = 1; i < pulses.size(); i++) {
                out.add((pulses.get(i) - pulses.get(i - 1)) / 1e6);
            }
        }
        return out;
    }

    /** Runs on the FX thread and waits for the result. */
    static <T> T fx(Callable<T> c) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return c.call();
        }
        FutureTask<T> t = new FutureTask<>(c);
        Platform.runLater(t);
        return t.get();
    }
}
