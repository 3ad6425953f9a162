package io.srebench.studio.app;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.beans.Observable;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;

/**
 * Listeners a view registers on longer-lived objects, released together when the view closes so a
 * closed view is not kept alive (or updated) by the view-model it listened to.
 */
public final class Subscriptions {
    private final List<Runnable> releases = new ArrayList<>();

    public <T> void onChange(ObservableValue<T> value, ChangeListener<? super T> listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    public void onInvalidate(Observable value, InvalidationListener listener) {
        value.addListener(listener);
        releases.add(() -> value.removeListener(listener));
    }

    /** Registers any other release action (unbind, cancel a timer...). */
    public void add(Runnable release) {
        releases.add(release);
    }

    public int size() {
        return releases.size();
    }

    public void releaseAll() {
        for (int i = releases.size() - 1; i >= 0; i--) {
            releases.get(i).run();
        }
        releases.clear();
    }
}
