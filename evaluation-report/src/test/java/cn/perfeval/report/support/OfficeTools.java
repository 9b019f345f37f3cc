package cn.perfeval.report.support;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;

/**
 * The outside programs some tests need (soffice, pdftoppm). CI sets {@code EVAL_REQUIRE_SOFFICE=true}: there a missing
 * program fails the test; on a developer's machine the test is skipped and says which package to install.
 */
public final class OfficeTools {

    public static final String REQUIRE_ENV = "EVAL_REQUIRE_SOFFICE";

    private OfficeTools() {
    }

    public static boolean required() {
        return "true".equalsIgnoreCase(System.getenv(REQUIRE_ENV));
    }

    /** The program's path on the PATH, or {@code null}. */
    public static String find(String exe) {
        String path = System.getenv("PATH");
        if (path == null) {
            return null;
        }
        for (String d : path.split(File.pathSeparator)) {
            File f = new File(d, exe);
            if (f.isFile() && f.canExecute()) {
                return f.getAbsolutePath();
            }
        }
        return null;
    }

    /** Fails (when required) or skips (otherwise) the running test if {@code path} is {@code null}. */
    public static void require(String path, String exe, String debianPackage) {
        require(path, exe, debianPackage, required());
    }

    static void require(String path, String exe, String debianPackage, boolean required) {
        if (path != null) {
            return;
        }
        String message = exe + " is not on the PATH (Debian: apt-get install " + debianPackage
                + "; .ci/report-office-check.sh installs it)";
        if (required) {
            throw new AssertionError(REQUIRE_ENV + "=true but " + message);
        }
        assumeTrue(false, message + "; skipped, set " + REQUIRE_ENV + "=true to make this a failure");
    }
}
