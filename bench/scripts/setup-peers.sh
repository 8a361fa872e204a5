#!/usr/bin/env bash
# Installs the peers the whole-run scripts compare with, outside the repository ($AK_PEERS_DIR, /tmp/ak-peers):
#   turndown from the npm registry, run by our driver peers/turndown-driver.js;
#   flexmark-html2md-converter from Maven Central, run by our driver peers/FlexmarkDriver.java.
set -euo pipefail
. "$(dirname "$0")/common.sh"

mkdir -p "$PEERS/node" "$PEERS/flexmark"
echo "turndown $TURNDOWN_VERSION -> $PEERS/node" >&2
npm install --silent --no-audit --no-fund --prefix "$PEERS/node" "turndown@$TURNDOWN_VERSION" >&2

echo "flexmark-html2md-converter $FLEXMARK_VERSION -> $PEERS/flexmark" >&2
cat > "$PEERS/flexmark/pom.xml" <<POM
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>local.bench</groupId>
  <artifactId>flexmark-peer</artifactId>
  <version>1</version>
  <dependencies>
    <dependency>
      <groupId>com.vladsch.flexmark</groupId>
      <artifactId>flexmark-html2md-converter</artifactId>
      <version>$FLEXMARK_VERSION</version>
    </dependency>
  </dependencies>
</project>
POM
if command -v mvn >/dev/null 2>&1; then maven=(mvn); else maven=("$ROOT/mvnw"); fi
(cd "$PEERS/flexmark" && "${maven[@]}" -B -q dependency:copy-dependencies -DincludeScope=runtime \
    -DoutputDirectory="$PEERS/flexmark/lib") >&2
mkdir -p "$PEERS/flexmark/classes"
javac -d "$PEERS/flexmark/classes" -cp "$PEERS/flexmark/lib/*" "$SCRIPTS/peers/FlexmarkDriver.java"
echo "peers ready in $PEERS" >&2
