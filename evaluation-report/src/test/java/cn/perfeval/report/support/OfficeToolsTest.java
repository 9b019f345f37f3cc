package cn.perfeval.report.support;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

/** A missing program fails a test where CI requires it and skips it, visibly, elsewhere. */
class OfficeToolsTest {

    @Test
    void missingProgramFailsWhereRequired() {
        assertThatThrownBy(() -> OfficeTools.require(null, "soffice", "libreoffice-writer-nogui", true))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("EVAL_REQUIRE_SOFFICE=true").hasMessageContaining("soffice is not on the PATH");
    }

    @Test
    void missingProgramSkipsElsewhere() {
        assertThatThrownBy(() -> OfficeTools.require(null, "pdftoppm", "poppler-utils", false))
                .isInstanceOf(TestAbortedException.class).hasMessageContaining("poppler-utils");
    }

    @Test
    void presentProgramNeitherFailsNorSkips() {
        assertThatCode(() -> OfficeTools.require("/usr/bin/soffice", "soffice", "x", true)).doesNotThrowAnyException();
        assertThatCode(() -> OfficeTools.require("/usr/bin/soffice", "soffice", "x", false)).doesNotThrowAnyException();
    }
}
