package io.salesbot.app.db;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns an {@link UnusableHome} at startup into what is wrong and what to do, without a stack trace. */
public class UnusableHomeAnalyzer extends AbstractFailureAnalyzer<UnusableHome> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, UnusableHome cause) {
        return new FailureAnalysis(cause.problem(), cause.action(), cause);
    }
}
