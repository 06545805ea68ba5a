package dev.tmj.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class FuturesTest {
    @Test
    void should_give_the_result_of_a_task_that_succeeded() throws Exception {
        assertThat(Futures.result(CompletableFuture.completedFuture("done"), IOException.class)).isEqualTo("done");
    }

    @Test
    void should_rethrow_the_checked_exception_a_task_declares_as_it_was() {
        IOException failure = new IOException("disk full");
        assertThatThrownBy(() -> Futures.result(CompletableFuture.failedFuture(failure), IOException.class))
                .isSameAs(failure);
    }

    @Test
    void should_rethrow_an_unchecked_exception_or_an_error_as_it_was() {
        IllegalArgumentException failure = new IllegalArgumentException("bad part");
        OutOfMemoryError error = new OutOfMemoryError("heap");
        assertThatThrownBy(() -> Futures.result(CompletableFuture.failedFuture(failure), IOException.class))
                .isSameAs(failure);
        assertThatThrownBy(() -> Futures.result(CompletableFuture.failedFuture(error), RuntimeException.class))
                .isSameAs(error);
    }

    @Test
    void should_wrap_a_checked_exception_the_task_does_not_declare() {
        Exception undeclared = new Exception("undeclared");
        assertThatThrownBy(() -> Futures.result(CompletableFuture.failedFuture(undeclared), IOException.class))
                .isInstanceOf(IllegalStateException.class).hasCause(undeclared);
    }
}
