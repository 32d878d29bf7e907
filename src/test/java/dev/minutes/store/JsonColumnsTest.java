package dev.minutes.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.minutes.notes.Owner;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonColumnsTest {
  @Test
  void ownersReadBackAsWrittenIncludingUnknownPersonsAndQuotes() {
    List<Owner> owners =
        List.of(
            new Owner("RD", "Răzvan Deaconescu"),
            new Owner("SK", null),
            new Owner("\"All\"", "a \\ b\nc"));

    assertThat(JsonColumns.owners(JsonColumns.write(owners))).isEqualTo(owners);
  }

  @Test
  void stringsReadBackAsWritten() {
    List<String> refs = Arrays.asList("unikraft/unikraft#12", "", "ü \" \\ \t", null);

    assertThat(JsonColumns.strings(JsonColumns.write(refs))).isEqualTo(refs);
    assertThat(JsonColumns.strings("[]")).isEmpty();
  }

  @Test
  void ownersOfAnOlderRowWithoutPersonReadAsUnknown() {
    assertThat(JsonColumns.owners("[{\"token\":\"RD\"}]")).containsExactly(new Owner("RD", null));
  }

  @Test
  void aCorruptColumnNamesItsText() {
    assertThatThrownBy(() -> JsonColumns.strings("{\"a\":1}"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("corrupt list in the store: {\"a\":1}");
    assertThatThrownBy(() -> JsonColumns.owners("[{\"token\":\"RD\",\"age\":3}]"))
        .hasMessageContaining("corrupt list in the store");
    assertThatThrownBy(() -> JsonColumns.owners("[\"RD\""))
        .hasMessageContaining("corrupt list in the store");
  }
}
