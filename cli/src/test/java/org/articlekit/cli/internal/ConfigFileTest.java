package org.articlekit.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigFileTest {

    @TempDir
    Path dir;

    private ConfigFile load(String yaml) throws IOException {
        Path file = dir.resolve("articlekit.yaml");
        Files.writeString(file, yaml);
        return ConfigFile.load(file);
    }

    @Test
    void readsTypedSettings() throws IOException {
        ConfigFile config = load("to: markdown\njobs: 3\nstrict: true\nexclude: drafts\ninclude: ['*.md', '*.htm']\n"
                + "export:\n  width: 72\n  link-style: referenced\n");
        assertEquals("markdown", config.string("to"));
        assertEquals(3L, config.number("jobs"));
        assertEquals(true, config.flag("strict"));
        assertEquals(List.of("drafts"), config.strings("exclude"));
        assertEquals(List.of("*.md", "*.htm"), config.strings("include"));
        assertEquals(Map.of("width", "72", "link-style", "referenced"), config.map("export"));
        assertNull(config.string("zone"));
    }

    @Test
    void unknownKeysAndWrongTypesNameTheFileAndKey() {
        UsageException unknown = assertThrows(UsageException.class, () -> load("tO: md\n"));
        assertTrue(unknown.getMessage().contains("articlekit.yaml") && unknown.getMessage().contains("'tO'"),
                unknown.getMessage());
        UsageException wrong = assertThrows(UsageException.class, () -> load("jobs: many\n").number("jobs"));
        assertTrue(wrong.getMessage().contains("'jobs'"), wrong.getMessage());
    }

    @Test
    void brokenYamlNamesTheLine() {
        UsageException e = assertThrows(UsageException.class, () -> load("to: md\njobs: [1, 2\n"));
        assertTrue(e.getMessage().matches(".*articlekit\\.yaml:\\d+: not valid YAML.*"), e.getMessage());
    }

    @Test
    void tagsThatWouldBuildObjectsAreRefused() {
        assertThrows(UsageException.class, () -> load("to: !!javax.script.ScriptEngineManager [x]\n"));
    }

    @Test
    void theWorkingFolderFileIsFoundAndAnExplicitMissingOneIsAnError() throws IOException {
        assertEquals(ConfigFile.EMPTY, ConfigFile.find(null, dir));
        load("to: text\n");
        assertEquals("text", ConfigFile.find(null, dir).string("to"));
        assertThrows(UsageException.class, () -> ConfigFile.find(dir.resolve("nope.yaml"), dir));
    }
}
