package io.srebench.task.snapshot;

import io.srebench.task.tsv.TsvReader;
import io.srebench.task.tsv.TsvRecord;
import java.io.Closeable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Typed rows streamed from a TSV file: one row decoded at a time, so big files need constant memory.
 * Close it (try-with-resources) when not reading to the end; {@link #toList()} reads everything and closes.
 *
 * @param <T> the record type
 */
public final class TsvRows<T> implements Closeable, Iterable<T> {
    private final TsvReader reader;
    private final Function<TsvRecord, T> decode;

    TsvRows(TsvReader reader, Function<TsvRecord, T> decode) {
        this.reader = reader;
        this.decode = decode;
    }

    /** Column names of the underlying file. */
    public List<String> header() {
        return reader.header();
    }

    @Override
    public Iterator<T> iterator() {
        Iterator<TsvRecord> it = reader.iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return it.hasNext();
            }

            @Override
            public T next() {
                if (!it.hasNext()) {
                    throw new NoSuchElementException();
                }
                return decode.apply(it.next());
            }
        };
    }

    /** The rows as a lazy stream; closing the stream closes the file. */
    public Stream<T> stream() {
        return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED), false)
                .onClose(this::close);
    }

    /** Reads all remaining rows and closes the file. */
    public List<T> toList() {
        try (this) {
            List<T> out = new ArrayList<>();
            for (T t : this) {
                out.add(t);
            }
            return out;
        }
    }

    @Override
    public void close() {
        reader.close();
    }
}
