package io.srebench.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NaturalOrderTest {
    @Test
    void numbersInNamesCompareByValue() {
        List<String> ids = new ArrayList<>(List.of("scenario-10", "scenario-2", "scenario-102", "abc", "scenario-02",
                "scenario-1", "scenario-1b"));
        ids.sort(NaturalOrder.COMPARATOR);
        assertEquals(List.of("abc", "scenario-1", "scenario-1b", "scenario-02", "scenario-2", "scenario-10", "scenario-102"),
                ids);
    }
}
