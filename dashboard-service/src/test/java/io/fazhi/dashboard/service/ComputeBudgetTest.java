package io.fazhi.dashboard.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.fazhi.dashboard.ranking.UncertaintyAnalysis;

class ComputeBudgetTest {

    private static final long MB = 1 << 20;

    @Test
    void aProvinceFitsThePodsDefaultHeapAndTheCountryDoesNot() {
        ComputeBudget pod = new ComputeBudget(768 * MB * 3 / 4 / 2); // half the heap, 75% of the pod's 768 MiB
        long province = UncertaintyAnalysis.bytesNeeded(2_007, 35, 500);
        long country = UncertaintyAnalysis.bytesNeeded(41_351, 35, 500);
        assertThat(province).isBetween(15 * MB, 30 * MB);
        assertThat(country).isBetween(350 * MB, 450 * MB);
        try (ComputeBudget.Reservation held = pod.reserve(province, "composite of 43")) {
            assertThat(pod.reserved()).isEqualTo(province);
        }
        assertThat(pod.reserved()).isZero();
        assertThatThrownBy(() -> pod.reserve(country, "composite of CN in 2023"))
                .isInstanceOf(CompositeTooLargeException.class)
                .satisfies(e -> assertThat(((CompositeTooLargeException) e).retryable()).isFalse())
                .hasMessageContaining("composite of CN in 2023 needs about").hasMessageContaining("runs=0");
        assertThat(pod.reserved()).isZero();
    }

    @Test
    void whatDoesNotFitBesideTheComputationsUnderWayMayBeAskedAgainAfterThem() {
        ComputeBudget budget = new ComputeBudget(100 * MB);
        ComputeBudget.Reservation first = budget.reserve(60 * MB, "first");
        assertThatThrownBy(() -> budget.reserve(60 * MB, "second")).isInstanceOf(CompositeTooLargeException.class)
                .satisfies(e -> assertThat(((CompositeTooLargeException) e).retryable()).isTrue())
                .hasMessageContaining("40 MB for them free now");
        assertThat(budget.reserved()).isEqualTo(60 * MB);
        first.close();
        try (ComputeBudget.Reservation second = budget.reserve(60 * MB, "second")) {
            assertThat(budget.reserved()).isEqualTo(60 * MB);
        }
    }
}
