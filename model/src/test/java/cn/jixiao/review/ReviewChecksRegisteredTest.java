package cn.jixiao.review;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The checks are registered (META-INF/services), not named by Review, so that the checks'
 * package may use review's helpers without a package cycle. A check class left out of the
 * registration would silently never run: every concrete Check of cn.jixiao.review.checks must be
 * in {@link Review#CHECKS}, once.
 */
class ReviewChecksRegisteredTest {
    @Test
    void everyCheckClassIsRegisteredOnce() {
        Set<String> classes = new TreeSet<>();
        for (JavaClass c : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("cn.jixiao.review.checks")) {
            if (c.isAssignableTo(Check.class) && !c.isInterface() && !c.getModifiers().contains(JavaModifier.ABSTRACT)) {
                classes.add(c.getName());
            }
        }
        List<String> registered = Review.CHECKS.stream().map(c -> c.getClass().getName()).toList();
        assertEquals(registered.size(), Set.copyOf(registered).size(), "a check registered twice: " + registered);
        assertEquals(classes, new TreeSet<>(registered));
    }
}
