package org.chuanyu.jurisdiction.testing;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.freeze.FreezingArchRule;
import jakarta.enterprise.context.ApplicationScoped;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The architecture every service keeps (docs/architecture.md, "Where new things go"), checked on its main classes:
 * a service shares code with another only through the jurisdiction libraries; its feature packages do not depend on
 * each other in a circle; a resource reaches the database only through its feature's service class; and the rules
 * classes are plain Java, testable without Quarkus. A service's test extends this and names its root package.
 *
 * <p>The cycles found when the rule was written are frozen (ArchUnit's violation store, {@code src/test/resources/
 * frozen} in each service, see {@code archunit.properties}): they are debt to pay, and a new cycle fails the build.
 */
public abstract class ArchitectureContract {

    /** Every service's root package: none may depend on another's. */
    private static final List<String> SERVICES = List.of("org.chuanyu.parks", "org.chuanyu.projects",
            "org.chuanyu.policy", "org.chuanyu.commonhandling", "org.chuanyu.gateway");
    /**
     * Frameworks a rules class must not touch: CDI, persistence, transactions, JAX-RS, Quarkus, Vert.x, MicroProfile.
     * (Bean Validation's Validator may be handed in: it is a plain library a unit test builds.)
     */
    private static final String[] FRAMEWORKS = {"jakarta.enterprise..", "jakarta.inject..", "jakarta.persistence..",
            "jakarta.transaction..", "jakarta.ws..", "io.quarkus..", "org.hibernate..", "io.vertx..",
            "org.eclipse.microprofile..", "io.smallrye.."};
    private static final Map<String, JavaClasses> IMPORTED = new ConcurrentHashMap<>();

    /** The service's root package, e.g. {@code org.chuanyu.parks}. */
    protected abstract String root();

    private JavaClasses main() {
        return IMPORTED.computeIfAbsent(root(), r -> new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
                .importPackages(r));
    }

    @Test
    void noServiceDependsOnAnotherServicesCode() {
        String[] others = SERVICES.stream().filter(s -> !s.equals(root())).map(s -> s + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(root() + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .because("services share code only through the jurisdiction libraries")
                .check(main());
    }

    @Test
    void featurePackagesDependOnEachOtherWithoutCycles() {
        FreezingArchRule.freeze(slices().matching(root() + ".(*)..").should().beFreeOfCycles()).check(main());
    }

    @Test
    void resourcesReachTheDatabaseOnlyThroughTheirFeaturesServiceClass() {
        noClasses().that().haveSimpleNameEndingWith("Resource")
                .should().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().resideInAPackage("io.quarkus.hibernate.orm.panache..")
                .because("a resource maps HTTP; the transaction, the scope and the queries belong to its service class")
                .allowEmptyShould(true)
                .check(main());
    }

    /**
     * A rules class that is not a bean ({@code CaseLifecycle}, {@code PolicyRules}, {@code TimelineProof}, …) is pure
     * functions. (A bean with such a name is a use case's helper that needs the validator, e.g. {@code DraftRules}.)
     */
    @Test
    void rulesClassesArePlainJava() {
        classes().that(DescribedPredicate.describe("are rules classes",
                        (JavaClass c) -> (c.getSimpleName().endsWith("Rules") || c.getSimpleName().endsWith("Lifecycle")
                                || c.getSimpleName().endsWith("Proof")) && !c.isAnnotatedWith(ApplicationScoped.class)))
                .should().onlyDependOnClassesThat().resideOutsideOfPackages(FRAMEWORKS)
                .because("the rules are pure functions, tested without Quarkus or a database")
                .allowEmptyShould(true)
                .check(main());
    }
}
