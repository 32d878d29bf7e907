package dev.minutes;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Keeps the "may use" column of ARCHITECTURE.md true: a pure core, adapters at the edges. */
class ArchitectureTest {
  private static final String[] CORE = {
    "dev.minutes.notes..",
    "dev.minutes.people..",
    "dev.minutes.parse..",
    "dev.minutes.lint..",
    "dev.minutes.digest..",
    "dev.minutes.remind.."
  };

  private static JavaClasses production;

  @BeforeAll
  static void importProductionClasses() {
    production =
        new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.minutes");
  }

  @Test
  void theModelUsesTheJdkOnly() {
    classes()
        .that()
        .resideInAPackage("dev.minutes.notes..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.minutes.notes..")
        .check(production);
  }

  @Test
  void theCoreNeverTouchesAdaptersOrTheirLibraries() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "net.dv8tion..",
            "org.kohsuke..",
            "java.sql..",
            "javax.sql..",
            "org.flywaydb..",
            "picocli..",
            "dev.minutes.ingest..",
            "dev.minutes.tracker..",
            "dev.minutes.chat..",
            "dev.minutes.schedule..",
            "dev.minutes.cli..")
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void theCoreReadsTheStoresRecordsButNeverTheStoreItself() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("dev.minutes.store..")
                .and(not(JavaClass.Predicates.assignableTo(Record.class)))
                .and(not(JavaClass.Predicates.assignableTo(Enum.class))))
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void jdaStaysInsideTheDiscordAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.minutes.chat.discord..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("net.dv8tion..")
        .check(production);
  }

  @Test
  void githubApiStaysInsideTheGitHubAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.minutes.tracker.github..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.kohsuke..")
        .check(production);
  }

  @Test
  void jdbcAndMigrationsStayInsideTheStore() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.minutes.store..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("java.sql..", "javax.sql..", "org.flywaydb..")
        .check(production);
  }

  @Test
  void onlyTheCommandLineWiresAdaptersAndNothingDependsOnIt() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.minutes.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("dev.minutes.cli..", "picocli..")
        .check(production);
  }
}
