<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>effscope::EvaluatePage</name>
    <message numerus="yes">
        <source>%n images</source>
        <translation><numerusform>%n image</numerusform><numerusform>%n images</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation><numerusform>%n class</numerusform><numerusform>%n classes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n scales</source>
        <translation><numerusform>%n scale</numerusform><numerusform>%n scales</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::EvaluationView</name>
    <message numerus="yes">
        <source>, %n images unreadable</source>
        <translation><numerusform>, %n image unreadable</numerusform><numerusform>, %n images unreadable</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapPage</name>
    <message numerus="yes">
        <source>Heat maps of %n photos</source>
        <translation><numerusform>Heat maps of %n photo</numerusform><numerusform>Heat maps of %n photos</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Writing the heat maps of %n photos to %1...</source>
        <translation><numerusform>Writing the heat maps of %n photo to %1...</numerusform><numerusform>Writing the heat maps of %n photos to %1...</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::MainWindow</name>
    <message numerus="yes">
        <source>%n threads</source>
        <translation><numerusform>%n thread</numerusform><numerusform>%n threads</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::PhotoList</name>
    <message numerus="yes">
        <source>Checking %n files...</source>
        <translation><numerusform>Checking %n file...</numerusform><numerusform>Checking %n files...</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n images</source>
        <translation><numerusform>Added %n image</numerusform><numerusform>Added %n images</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Added %n images; skipped %1</source>
        <translation><numerusform>Added %n image; skipped %1</numerusform><numerusform>Added %n images; skipped %1</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::StudyPage</name>
    <message numerus="yes">
        <source>Timing %n networks</source>
        <translation><numerusform>Timing %n network</numerusform><numerusform>Timing %n networks</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Latency study cancelled (%n networks timed)</source>
        <translation><numerusform>Latency study cancelled (%n network timed)</numerusform><numerusform>Latency study cancelled (%n networks timed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Latency study: %n networks timed</source>
        <translation><numerusform>Latency study: %n network timed</numerusform><numerusform>Latency study: %n networks timed</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPage</name>
    <message numerus="yes">
        <source>Timing %n scales</source>
        <translation><numerusform>Timing %n scale</numerusform><numerusform>Timing %n scales</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Latency measurement cancelled (%n scales timed)</source>
        <translation><numerusform>Latency measurement cancelled (%n scale timed)</numerusform><numerusform>Latency measurement cancelled (%n scales timed)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Timed %n scales at batch 1</source>
        <translation><numerusform>Timed %n scale at batch 1</numerusform><numerusform>Timed %n scales at batch 1</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation><numerusform>%n image</numerusform><numerusform>%n images</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n validation images</source>
        <translation><numerusform>%n validation image</numerusform><numerusform>%n validation images</numerusform></translation>
    </message>
</context>
<context>
    <name>effscope::WeightsHistogram</name>
    <message numerus="yes">
        <source>%n convolutions</source>
        <translation><numerusform>%n convolution</numerusform><numerusform>%n convolutions</numerusform></translation>
    </message>
</context>
</TS>