package dev.minutes;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

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

  /** Adapters: technology at the edges. They depend on the application layer, never the reverse. */
  private static final String[] ADAPTERS = {
    "dev.minutes.cli..",
    "dev.minutes.chat.discord..",
    "dev.minutes.tracker.github..",
    "dev.minutes.store.."
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
  void theCoreReadsTheTrackedItemRecordsButNeverThePortsOrTheStore() {
    noClasses()
        .that()
        .resideInAnyPackage(CORE)
        .should()
        .dependOnClassesThat(
            JavaClass.Predicates.resideInAPackage("dev.minutes.items..")
                .and(not(JavaClass.Predicates.assignableTo(Record.class)))
                .and(not(JavaClass.Predicates.assignableTo(Enum.class))))
        .orShould()
        .dependOnClassesThat()
        .resideInAPackage("dev.minutes.store..")
        .allowEmptyShould(true)
        .check(production);
  }

  @Test
  void theDomainImportsNoAdapterLibrary() {
    classes()
        .that()
        .resideInAPackage("dev.minutes.items..")
        .should()
        .onlyDependOnClassesThat()
        .resideInAnyPackage("java..", "dev.minutes.notes..", "dev.minutes.items..")
        .check(production);
  }

  @Test
  void theApplicationLayerAndEverythingBelowItNeverDependOnAnAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackages(ADAPTERS)
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(ADAPTERS)
        .check(production);
  }

  @Test
  void adaptersNeverUseEachOtherOnlyTheCommandLineWiresThem() {
    for (String adapter : ADAPTERS) {
      if (adapter.equals("dev.minutes.cli..")) {
        continue;
      }
      noClasses()
          .that()
          .resideInAPackage(adapter)
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              java.util.Arrays.stream(ADAPTERS)
                  .filter(a -> !a.equals(adapter))
                  .toArray(String[]::new))
          .check(production);
    }
  }

  @Test
  void theDiscordAdapterCallsTheUseCasesOfTheApplicationLayer() {
    classes()
        .that()
        .haveSimpleName("BotServices")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("dev.minutes.application..")
        .check(production);
  }

  @Test
  void noCyclesBetweenPackages() {
    slices().matching("dev.minutes.(**)").should().beFreeOfCycles().check(production);
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
  void jgitStaysInsideTheNotesRepositoryAdapter() {
    noClasses()
        .that()
        .resideOutsideOfPackage("dev.minutes.notesrepo..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("org.eclipse.jgit..")
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
