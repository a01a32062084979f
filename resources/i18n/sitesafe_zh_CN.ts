<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AccidentLevel</name>
    <message>
        <location filename="../../src/core/accidentlevel.cpp" line="+33"/>
        <source>General accident</source>
        <translation>一般事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Larger accident</source>
        <translation>较大事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major accident</source>
        <translation>重大事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extraordinarily major accident</source>
        <translation>特别重大事故</translation>
    </message>
</context>
<context>
    <name>Account</name>
    <message>
        <location filename="../../src/core/account.cpp" line="+39"/>
        <source>Inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervisor</source>
        <translation>监管人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Province</source>
        <translation>省厅</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Administrator</source>
        <translation>管理员</translation>
    </message>
</context>
<context>
    <name>AnnualSummary</name>
    <message>
        <location filename="../../src/reports/annualsummary.cpp" line="+22"/>
        <source>the campaigns</source>
        <translation>专项行动</translation>
    </message>
</context>
<context>
    <name>AnnualSummaryRepository</name>
    <message>
        <location filename="../../src/storage/annualsummaryrepository.cpp" line="+37"/>
        <source>Choose the 市县 or park the summary is for: the province writes its own summary from theirs.</source>
        <translation>请选择工作总结所属的市县或园区：全省总结由省厅根据各市县总结另行编写。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures of the summary are not readable; compute them again.</source>
        <translation>工作总结的数据无法读取，请重新计算。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the summary text before submitting: the province reads the figures together with it.</source>
        <translation>请先填写总结正文再报送：省厅会将数据与正文一并审阅。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This summary has been submitted; correct it and submit it again instead of saving a draft.</source>
        <translation>该工作总结已报送；如需修改，请修改后重新报送，不能再保存为草稿。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>saving the year-end summary</source>
        <translation>保存年度工作总结</translation>
    </message>
</context>
<context>
    <name>AnswerItemCommand</name>
    <message>
        <location filename="../../src/widgets/commands/answeritemcommand.cpp" line="+9"/>
        <source>Answer %1</source>
        <translation>作答 %1</translation>
    </message>
</context>
<context>
    <name>AnswerRepository</name>
    <message>
        <location filename="../../src/storage/answerrepository.cpp" line="+29"/>
        <source>reading the inspection</source>
        <translation>读取检查记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This inspection is not in the data folder.</source>
        <translation>该检查记录不在数据文件夹中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inspection is signed and its answers can no longer be changed. To correct it, make an amendment.</source>
        <translation>该检查已签字，答案不能再修改。如需更正，请进行补正检查。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An answer is pass, fail or not applicable.</source>
        <translation>答案只能是符合、不符合或不适用。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deduction cannot be negative.</source>
        <translation>扣分不能为负数。</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+13"/>
        <source>saving the answer</source>
        <translation>保存答案</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>withdrawing the answer</source>
        <translation>撤回答案</translation>
    </message>
</context>
<context>
    <name>AttachmentRepository</name>
    <message>
        <location filename="../../src/storage/attachmentrepository.cpp" line="+44"/>
        <location line="+72"/>
        <source>reading the record&apos;s photos</source>
        <translation>读取记录的照片</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>saving the photo</source>
        <translation>保存照片</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <location filename="../../src/storage/auditlog.cpp" line="+34"/>
        <source>recording the action in the audit log</source>
        <translation>记录审计日志</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>verifying the audit log</source>
        <translation>校验审计日志</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The audit log was altered at entry %1: its hash chain does not match.</source>
        <translation>审计日志在第 %1 条被改动：哈希链不一致。</translation>
    </message>
</context>
<context>
    <name>BlobDownloadErrors</name>
    <message>
        <location filename="../../src/sync/blobdownloader.cpp" line="+216"/>
        <source>No record on this computer refers to the photo %1, so it was not downloaded. Sync first, then open the record again.</source>
        <translation>本机没有任何记录引用照片 %1，因此未下载。请先同步，再重新打开该记录。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server does not have the photo %1, or it is outside your jurisdiction. Nothing was stored; ask the inspector who took it to sync, or the provincial operator to check your access.</source>
        <translation>服务器上没有照片 %1，或该照片不在您的辖区范围内。本机未保存任何内容；请让拍摄该照片的检查人员同步，或请省级管理员核查您的访问权限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused the photo %1 to this account. Nothing was stored; ask the provincial operator to check your access.</source>
        <translation>服务器拒绝向此账号提供照片 %1。本机未保存任何内容；请省级管理员核查您的访问权限。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The photo %1 arrived damaged (its content does not match its fingerprint) and was not stored. Download it again; if this repeats, tell the provincial operator.</source>
        <translation>照片 %1 下载后已损坏（内容与其指纹不符），未予保存。请重新下载；如反复出现，请告知省级管理员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The photo %1 is larger (%2 bytes) than a photo may be (%3 bytes) and was not downloaded. Tell the provincial operator.</source>
        <translation>照片 %1 的大小（%2 字节）超过允许的上限（%3 字节），未下载。请告知省级管理员。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The photo cannot be saved on this computer (%1). Free some disk space and download it again.</source>
        <translation>照片无法保存到本机（%1）。请释放部分磁盘空间后重新下载。</translation>
    </message>
</context>
<context>
    <name>BlobRepository</name>
    <message>
        <location filename="../../src/storage/blobrepository.cpp" line="+16"/>
        <source>uploading photos</source>
        <translation>上传照片</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>reading the photo&apos;s record</source>
        <translation>读取照片记录</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>saving the downloaded photo</source>
        <translation>保存下载的照片</translation>
    </message>
</context>
<context>
    <name>BlobStore</name>
    <message>
        <location filename="../../src/storage/blobstore.cpp" line="+106"/>
        <source>The photo folder %1 cannot be created. Check the disk.</source>
        <translation>无法创建照片文件夹 %1，请检查磁盘。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The photo could not be saved (%1). Nothing was changed; free some disk space and try again.</source>
        <translation>照片未能保存（%1）。数据未作任何改动；请释放磁盘空间后重试。</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+18"/>
        <source>The file %1 cannot be read: %2</source>
        <translation>无法读取文件 %1：%2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+17"/>
        <source>The photo could not be saved: %1</source>
        <translation>照片未能保存：%1</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+13"/>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The photo %1 does not match its fingerprint; it was not stored.</source>
        <translation>照片 %1 与其指纹不符，未予保存。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>The photo could not be written to disk. Nothing was changed; try again.</source>
        <translation>照片未能写入磁盘。数据未作任何改动，请重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo folder %1 cannot be created.</source>
        <translation>无法创建照片文件夹 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The photo could not be moved into the store. Nothing was changed.</source>
        <translation>照片未能移入数据存储。数据未作任何改动。</translation>
    </message>
    <message>
        <location line="-63"/>
        <location line="+71"/>
        <source>“%1” is not a photo identifier.</source>
        <translation>“%1”不是照片标识。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The photo %1 is not on this computer. Sync to download it.</source>
        <translation>照片 %1 不在本机上，请同步后下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The photo %1 on this computer is damaged. It will be downloaded again from the server at the next sync.</source>
        <translation>本机上的照片 %1 已损坏，下次同步时将从服务器重新下载。</translation>
    </message>
</context>
<context>
    <name>BulkInserter</name>
    <message>
        <location filename="../../src/storage/bulkinserter.cpp" line="+44"/>
        <source>writing %1</source>
        <translation>写入 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The store is not an open SQLite database while %1.</source>
        <translation>%1时，数据库未以 SQLite 方式打开。</translation>
    </message>
</context>
<context>
    <name>BulkLoad</name>
    <message>
        <location filename="../../src/storage/bulkload.cpp" line="+43"/>
        <location line="+54"/>
        <location line="+3"/>
        <source>preparing the store for writing the data set</source>
        <translation>准备写入数据集</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>A data set can only be written this way into a store without hazards. Choose an empty data folder.</source>
        <translation>只能以这种方式向尚无隐患的数据库写入数据集。请选择一个空的数据文件夹。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The settings of the store could not be read. Run sitesafe-cli check.</source>
        <translation>无法读取数据库的设置。请运行 sitesafe-cli check。</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+40"/>
        <source>building the indexes of the data set</source>
        <translation>建立数据集的索引</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The data set was written, but the store could not return to journal mode %1. Close other programs that use the data folder and run sitesafe-cli check.</source>
        <translation>数据集已写入，但数据库未能恢复为日志模式 %1。请关闭其他正在使用该数据文件夹的程序，然后运行 sitesafe-cli check。</translation>
    </message>
</context>
<context>
    <name>CatalogInstaller</name>
    <message>
        <location filename="../../src/storage/cataloginstaller.cpp" line="+45"/>
        <source>installing %1</source>
        <translation>安装 %1</translation>
    </message>
</context>
<context>
    <name>CertificateCheckRepository</name>
    <message>
        <location filename="../../src/storage/certificatecheckrepository.cpp" line="+118"/>
        <source>reading the inspection</source>
        <translation>读取检查记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The inspection of this check is no longer on this computer. Record the check without an inspection, or open the inspection again.</source>
        <translation>本次证照验真所属的检查记录已不在本机上。请在不关联检查的情况下登记验真结果，或重新打开该检查。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The inspection is signed and can no longer change. Record the check in an amendment of the inspection.</source>
        <translation>该检查已签字，不能再修改。请在该检查的补正检查中登记验真结果。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>saving the certificate check</source>
        <translation>保存证照验真结果</translation>
    </message>
</context>
<context>
    <name>CertificateCode</name>
    <message>
        <location filename="../../src/evidence/certificatecode.cpp" line="+128"/>
        <source>The code holds no text.</source>
        <translation>二维码中没有任何文本。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The code is a web address on %1 that names no certificate (SiteSafe reads the parameters %2). Check the certificate on the national platform&apos;s mini-program.</source>
        <translation>该二维码是 %1 上的网址，但未指明任何证书（SiteSafe 读取的参数为 %2）。请使用全国平台的小程序核验该证书。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The code looks like JSON but cannot be read (%1).</source>
        <translation>该二维码内容看似 JSON，但无法读取（%1）。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The code is a JSON object that names no certificate (SiteSafe reads the keys %1).</source>
        <translation>该二维码是 JSON 对象，但未指明任何证书（SiteSafe 读取的键为 %1）。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a certificate number or a certificate&apos;s code SiteSafe can read. Check the paper certificate and type its number.</source>
        <translation>“%1”不是 SiteSafe 能识别的证书编号或证书二维码。请查看纸质证书并输入其编号。</translation>
    </message>
</context>
<context>
    <name>CertificateVerdict</name>
    <message>
        <location filename="../../src/core/certificateverdict.cpp" line="+60"/>
        <source>No certificate number or e-certificate code could be read. Check the paper certificate and type its number.</source>
        <translation>未能读取到证书编号或电子证照码。请查看纸质证书并输入其编号。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Certificate %1 is not in the roster cached on this computer. It may be from another province or newer than the last sync: check it on the national platform when online.</source>
        <translation>证书 %1 不在本机缓存的证照库中。该证书可能由外省核发，或在上次同步之后才录入：请联网后在全国平台核验。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate %1 is held by %2 on the roster, not by %3 who presented it.</source>
        <translation>证照库中证书 %1 的持证人为 %2，而非出示该证书的 %3。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The code names %1 as the holder, but the roster holds certificate %2 for %3.</source>
        <translation>二维码显示持证人为 %1，但证照库中证书 %2 的持证人为 %3。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The code names enterprise %1, but the holder %2 works for %3 (%4) on the roster.</source>
        <translation>二维码所示企业（统一社会信用代码 %1）与证照库不符：持证人 %2 所在企业为 %3（%4）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder %1 works for %2, which does not take part in this project.</source>
        <translation>持证人 %1 所在的 %2 不是本项目的参建单位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The certificate also expired on %1.</source>
        <translation>该证书也已于 %1 过期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate %1 of %2 expired on %3.</source>
        <translation>%2 的证书 %1 已于 %3 过期。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Certificate %1 of %2 is valid until %3.</source>
        <translation>%2 的证书 %1 有效期至 %3。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate %1 of %2 is on the roster; the roster gives no expiry date.</source>
        <translation>%2 的证书 %1 在证照库中，但证照库未载明有效期。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the person presenting it</source>
        <translation>出示证书的人员</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 works on site with %2 certificate %3, which expired on %4.</source>
        <translation>%1 持%2（证书编号 %3）在现场作业，该证书已于 %4 过期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 presented %2 certificate %3, which belongs to %4: no valid certificate of their own was shown.</source>
        <translation>%1 出示的%2（证书编号 %3）属于 %4：未出示本人的有效证书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 presented %2 certificate %3, which does not match the roster record: %4</source>
        <translation>%1 出示的%2（证书编号 %3）与证照库记录不符：%4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 presented %2 certificate %3, which is not on the roster: no valid certificate could be shown.</source>
        <translation>%1 出示的%2（证书编号 %3）库中无此证：未能出示有效证书。</translation>
    </message>
</context>
<context>
    <name>ChartLibrary</name>
    <message>
        <location filename="../../src/widgets/views/chartlibrary.cpp" line="+15"/>
        <source>The dashboard&apos;s charts need SiteSafe&apos;s module %1 and Qt Charts (Debian package libqt6charts6), but it could not be loaded: %2. Install it (sudo apt install libqt6charts6), or reinstall SiteSafe.</source>
        <translation>统计图表需要 SiteSafe 的模块 %1 和 Qt Charts（Debian 软件包 libqt6charts6），但无法加载：%2。请安装该软件包（sudo apt install libqt6charts6），或重新安装 SiteSafe。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The module %1 is not the one this SiteSafe was built with. Reinstall SiteSafe.</source>
        <translation>模块 %1 不是本 SiteSafe 构建时所用的模块。请重新安装 SiteSafe。</translation>
    </message>
</context>
<context>
    <name>ChecklistLoader</name>
    <message>
        <location filename="../../src/models/checklistloader.cpp" line="+65"/>
        <source>reading the inspection</source>
        <translation>读取检查记录</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>reading the criteria</source>
        <translation>读取判定标准</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reading the score sheet</source>
        <translation>读取评分表</translation>
    </message>
</context>
<context>
    <name>CloseHazardCommand</name>
    <message>
        <location filename="../../src/widgets/commands/closehazardcommand.cpp" line="+9"/>
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
</context>
<context>
    <name>CodecLibrary</name>
    <message>
        <location filename="../../src/evidence/codeclibrary.cpp" line="+15"/>
        <source>Reading photo times and QR codes needs SiteSafe&apos;s module %1 and the libraries it uses, exiv2 and zxing-cpp (Debian packages libexiv2-27 and libzxing2), but it could not be loaded: %2. Install them (sudo apt install libexiv2-27 libzxing2), or reinstall SiteSafe.</source>
        <translation>读取照片拍摄时间和二维码需要 SiteSafe 的模块 %1 及其所用的程序库 exiv2 和 zxing-cpp（Debian 软件包 libexiv2-27 和 libzxing2），但无法加载：%2。请安装这些软件包（sudo apt install libexiv2-27 libzxing2），或重新安装 SiteSafe。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The module %1 is not the one this SiteSafe was built with. Reinstall SiteSafe.</source>
        <translation>模块 %1 不是本 SiteSafe 构建时所用的模块。请重新安装 SiteSafe。</translation>
    </message>
</context>
<context>
    <name>CommentOnHazardCommand</name>
    <message>
        <location filename="../../src/widgets/commands/commentonhazardcommand.cpp" line="+9"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../ui/dialogs/conflictdialog.ui" line="+6"/>
        <source>Resolve a sync conflict</source>
        <translation>处理同步冲突</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Before either change:</source>
        <translation>修改前的值：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Yours (this computer)</source>
        <translation>您的（本机）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Server&apos;s (now in effect)</source>
        <translation>服务器的（当前生效）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Keep &amp;mine</source>
        <translation>保留我的(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the &amp;server&apos;s</source>
        <translation>采用服务器的(&amp;S)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Enter a new value:</source>
        <translation>输入新值(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Your choice is saved as a new change and sent with the next sync. You can undo it.</source>
        <translation>您的选择将作为一次新的修改保存，并在下次同步时上传。可以撤销。</translation>
    </message>
</context>
<context>
    <name>ConflictRepository</name>
    <message>
        <location filename="../../src/storage/conflictrepository.cpp" line="+95"/>
        <location line="+41"/>
        <source>reading the conflicts</source>
        <translation>读取冲突</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+12"/>
        <source>recording the server&apos;s receipts</source>
        <translation>记录服务器的回执</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The field “%1” of “%2” cannot be changed on this computer, so the conflict cannot be resolved here. Ask the provincial administrator to correct it on the server.</source>
        <translation>“%2”的字段“%1”不能在本机修改，因此无法在此处理该冲突。请联系省级管理员在服务器上更正。</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+8"/>
        <source>checking the conflict&apos;s field</source>
        <translation>检查冲突字段</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not a whole number. Enter digits only.</source>
        <translation>“%1”不是整数，请只输入数字。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a number. Enter a number such as 12.5.</source>
        <translation>“%1”不是数字，请输入如 12.5 的数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>saving the chosen value</source>
        <translation>保存所选的值</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The record of this conflict is no longer on this computer. Sync again to receive it.</source>
        <translation>此冲突对应的记录已不在本机，请重新同步以获取。</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+49"/>
        <source>This conflict no longer exists. Refresh the Sync page.</source>
        <translation>此冲突已不存在，请刷新“同步”页。</translation>
    </message>
    <message>
        <location line="-47"/>
        <source>This conflict has already been resolved. Refresh the Sync page.</source>
        <translation>此冲突已处理，请刷新“同步”页。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This field cannot be empty. Enter a value or keep one of the two versions.</source>
        <translation>此字段不能为空。请输入一个值，或保留两个版本之一。</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>marking the conflict resolved</source>
        <translation>将冲突标记为已处理</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>This conflict is already open.</source>
        <translation>此冲突已处于待处理状态。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>opening the conflict again</source>
        <translation>重新打开冲突</translation>
    </message>
</context>
<context>
    <name>CoverageQuery</name>
    <message>
        <location filename="../../src/models/coveragequery.cpp" line="+108"/>
        <source>Round 1</source>
        <translation>第一轮</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Round 2</source>
        <translation>第二轮</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2%</source>
        <translation>%1 %2%</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 %2% · %n day(s) left</source>
        <translation>
            <numerusform>%1 %2% · 还剩 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2% · due today</source>
        <translation>%1 %2% · 今天到期</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 %2% · deadline passed %n day(s) ago</source>
        <translation>
            <numerusform>%1 %2% · 已超过期限 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Full coverage (no campaign holds this day, every signed round inspection counts): %1</source>
        <translation>全覆盖（当天没有进行中的治理行动，所有已签字的轮次检查均计入）：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2% / %3%</source>
        <translation>%1 %2% / %3%</translation>
    </message>
</context>
<context>
    <name>CreditCode</name>
    <message>
        <location filename="../../src/core/creditcode.cpp" line="+37"/>
        <source>A unified social credit code has 18 characters; this one has %1.</source>
        <translation>统一社会信用代码应为 18 位，此代码为 %1 位。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Character %1 (“%2”) must be a digit: characters 3 to 8 are the division code.</source>
        <translation>第 %1 位（“%2”）应为数字：第 3 至 8 位是行政区划码。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Character %1 (“%2”) is not allowed: the code uses digits and the letters A–Y without I, O, S, V and Z.</source>
        <translation>第 %1 位（“%2”）不允许：代码只使用数字和 A–Y 字母（不含 I、O、S、V、Z）。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The check character (18th) is “%1” but should be “%2”: one of the characters is mistyped.</source>
        <translation>校验码（第 18 位）为“%1”，应为“%2”：有字符录入错误。</translation>
    </message>
</context>
<context>
    <name>CriteriaCatalogLoader</name>
    <message>
        <location filename="../../src/core/criteriacatalog.cpp" line="+49"/>
        <source>The criteria catalog is not valid JSON (%1 at offset %2).</source>
        <translation>判定标准目录不是有效的 JSON（%1，位置 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a major-hazard criteria catalog.</source>
        <translation>该文件不是重大事故隐患判定标准目录。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The criteria catalog lacks its code, edition, catalog version or effective date.</source>
        <translation>判定标准目录缺少编码、版本、目录版本号或施行日期。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Catalog %1: code “%2” is empty or used twice.</source>
        <translation>目录 %1：编码“%2”为空或重复。</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Catalog %1: item %2 has no text.</source>
        <translation>目录 %1：第 %2 项没有条文。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Catalog %1 has no articles.</source>
        <translation>目录 %1 没有任何条款。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no built-in criteria catalog “%1”.</source>
        <translation>没有内置的判定标准目录“%1”。</translation>
    </message>
</context>
<context>
    <name>CriteriaEditions</name>
    <message>
        <location filename="../../src/core/criteriaeditions.cpp" line="+25"/>
        <source>The hazard citing %1 has no valid time of finding, so the edition in force cannot be told. Enter when the hazard was found.</source>
        <translation>引用 %1 的隐患没有有效的发现时间，无法确定当时施行的版本。请填写隐患的发现时间。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hazard found on %1 cannot cite %2: no edition of the major-hazard criteria was in force before 2022-04-19. Record it as a general hazard with a written basis.</source>
        <translation>%1 发现的隐患不能引用 %2：2022-04-19 之前没有施行的重大事故隐患判定标准。请按一般隐患登记，并写明判定依据。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A hazard found on %1 is judged by the 2024 criteria (建质规〔2024〕5号, in force since 2024-12-13); %2 was repealed that day. Choose the 2024 item.</source>
        <translation>%1 发现的隐患应按 2024版判定标准（建质规〔2024〕5号，自 2024-12-13 起施行）判定；%2 已于当日废止。请选择 2024版的判定项。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hazard found on %1 is judged by the 2022 criteria (建质规〔2022〕2号, in force from 2022-04-19 to 2024-12-12); %2 was not yet issued that day. Choose the 2022 item.</source>
        <translation>%1 发现的隐患应按 2022版判定标准（建质规〔2022〕2号，2022-04-19 至 2024-12-12 施行）判定；%2 当日尚未发布。请选择 2022版的判定项。</translation>
    </message>
</context>
<context>
    <name>DangerEventRepository</name>
    <message>
        <location filename="../../src/storage/dangereventrepository.cpp" line="+66"/>
        <source>Choose the project where the dangerous situation arose.</source>
        <translation>请选择发生险情的项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter when the dangerous situation arose, to the minute.</source>
        <translation>请填写险情发生时间，精确到分钟。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The dangerous situation cannot have arisen in the future. Check the date and time.</source>
        <translation>险情发生时间不能晚于当前时间，请核对日期和时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of dangerous situation (excavation collapse, fire, …).</source>
        <translation>请选择险情类型（如基坑坍塌、火灾等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The report to the bureau cannot be earlier than the dangerous situation. Check both times.</source>
        <translation>向住建局报告的时间不能早于险情发生时间，请核对这两个时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The national platform report cannot be earlier than the dangerous situation. Check both times.</source>
        <translation>全国平台上报时间不能早于险情发生时间，请核对这两个时间。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saving the dangerous situation</source>
        <translation>保存险情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The dangerous situation is no longer on this computer.</source>
        <translation>该险情记录已不在本机。</translation>
    </message>
</context>
<context>
    <name>DangerKinds</name>
    <message>
        <location filename="../../src/core/dangerkinds.cpp" line="+16"/>
        <source>Excavation or slope collapse</source>
        <translation>基坑或边坡坍塌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formwork support collapse</source>
        <translation>模板支撑体系坍塌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaffold collapse</source>
        <translation>脚手架坍塌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Crane overturned or jib broken</source>
        <translation>起重机械倾覆或臂架折断</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnel water or sand inrush, or collapse</source>
        <translation>隧道突水涌砂或坍塌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confined-space poisoning</source>
        <translation>有限空间中毒窒息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Typhoon</source>
        <translation>台风</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>DashboardSeries</name>
    <message>
        <location filename="../../src/reports/dashboardseries.cpp" line="+20"/>
        <source>No criterion item</source>
        <translation>无判定条款</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notice issued / rectifying</source>
        <translation>已下达通知书/整改中</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rectification reported</source>
        <translation>已报整改</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-inspected</source>
        <translation>复查合格</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Months are calendar months in China time (UTC+8), weeks run Monday to Sunday; a city/county selects the projects located there. Hazards count by the day they were found; voided hazards are left out. Rectified: re-inspection passed or closed; rectification rate = rectified / found; overdue: still open or rectifying and past the deadline in force on %1. The funnel counts each hazard at every stage its status has reached. Articles and repeat offenders count major hazards.</source>
        <translation>统计期为北京时间（UTC+8）的自然月，周为周一至周日；市县按项目所在地。隐患按发现时间计，不含已作废的隐患。已整改指复查合格或已销号；整改率 = 已整改数 ÷ 排查数；逾期指截至 %1 仍未整改（待整改或整改中）且已过现行整改期限。漏斗按隐患当前状态计入其已到达的每个环节。判定条款与重点企业按重大事故隐患统计。</translation>
    </message>
</context>
<context>
    <name>DataFolderLock</name>
    <message>
        <location filename="../../src/storage/datafolderlock.cpp" line="+43"/>
        <source>The data folder %1 is in use by %2 (process %3). Close it and try again; nothing was changed.</source>
        <translation>数据文件夹 %1 正被 %2（进程 %3）使用。请先关闭它再重试；数据未作任何改动。</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>another SiteSafe program</source>
        <translation>另一个工地安全巡检程序</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the SiteSafe window</source>
        <translation>工地安全巡检窗口</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The data folder %1 cannot be locked (is it writable?). Nothing was changed.</source>
        <translation>无法锁定数据文件夹 %1（该文件夹是否可写？）。数据未作任何改动。</translation>
    </message>
</context>
<context>
    <name>DataStore</name>
    <message>
        <location filename="../../src/storage/datastore.cpp" line="+49"/>
        <source>creating the data folder %1</source>
        <translation>创建数据文件夹 %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>reading the projects</source>
        <translation>读取项目</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>The data folder %1 cannot be created. Choose a folder you can write to.</source>
        <translation>无法创建数据文件夹 %1，请选择有写入权限的文件夹。</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../../src/storage/database.cpp" line="+49"/>
        <source>The data file %1 cannot be read (%2). Check its permissions.</source>
        <translation>无法读取数据文件 %1（%2），请检查文件权限。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not a SiteSafe data file or its first page is damaged. It was left untouched; restore it from a backup or choose another data folder.</source>
        <translation>%1 不是工地安全巡检数据文件，或其首页已损坏。文件未被改动；请从备份恢复或选择其他数据文件夹。</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>There is no data file at %1.</source>
        <translation>%1 处没有数据文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data file %1 cannot be opened: %2</source>
        <translation>无法打开数据文件 %1：%2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+94"/>
        <location line="+7"/>
        <source>opening %1</source>
        <translation>打开 %1</translation>
    </message>
    <message>
        <location line="-96"/>
        <source>checking %1</source>
        <translation>检查 %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The data file %1 is damaged (%2). It was left untouched; run “sitesafe-cli check” and restore from a backup.</source>
        <translation>数据文件 %1 已损坏（%2）。文件未被改动；请运行“sitesafe-cli check”并从备份恢复。</translation>
    </message>
</context>
<context>
    <name>DeductionCommand</name>
    <message>
        <location filename="../../src/widgets/commands/deductioncommand.cpp" line="+8"/>
        <source>Deduction on %1</source>
        <translation>对 %1 扣分</translation>
    </message>
</context>
<context>
    <name>DiagnosticFacts</name>
    <message>
        <location filename="../../src/sync/diagnosticfacts.cpp" line="+24"/>
        <source>not available: sync cannot work</source>
        <translation>不可用：无法同步</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>none (working offline)</source>
        <translation>无（离线工作）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>none yet (made at the first sync)</source>
        <translation>尚无（首次同步时生成）</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>System</source>
        <translation>系统</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Device id</source>
        <translation>设备编号</translation>
    </message>
</context>
<context>
    <name>DiagnosticsReport</name>
    <message>
        <location filename="../../src/storage/diagnosticsreport.cpp" line="+53"/>
        <source>There is no SiteSafe database in %1. Choose the data folder the client uses.</source>
        <translation>%1 中没有工地安全巡检数据库。请选择客户端使用的数据文件夹。</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The database %1 could not be read (%2). Run sitesafe-cli check on the data folder.</source>
        <translation>无法读取数据库 %1（%2）。请对该数据文件夹运行 sitesafe-cli check。</translation>
    </message>
</context>
<context>
    <name>DomainLabels</name>
    <message>
        <location filename="../../src/core/domainlabels.cpp" line="+18"/>
        <source>Open</source>
        <translation>已发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectifying</source>
        <translation>整改中</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Rectification reported</source>
        <translation>已报整改</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Re-inspection passed</source>
        <translation>复查合格</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+32"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Major</source>
        <translation>重大</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General</source>
        <translation>一般</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectify immediately</source>
        <translation>立即整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectify by deadline</source>
        <translation>限期整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partial stop work</source>
        <translation>局部停工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full stop work</source>
        <translation>全面停工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evacuate workers</source>
        <translation>撤出作业人员</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recorded</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice issued</source>
        <translation>下达通知书</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re-inspection failed</source>
        <translation>复查不合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reopened</source>
        <translation>重新打开</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline extended</source>
        <translation>延长整改期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Supervision lifted</source>
        <translation>解除督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn (undone)</source>
        <translation>撤回</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Province-level supervision</source>
        <translation>省级挂牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City-level supervision</source>
        <translation>市级挂牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>County-level supervision</source>
        <translation>县级挂牌督办</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Province</source>
        <translation>省级</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+170"/>
        <source>City</source>
        <translation>市级</translation>
    </message>
    <message>
        <location line="-169"/>
        <location line="+171"/>
        <source>County</source>
        <translation>县级</translation>
    </message>
    <message>
        <location line="-156"/>
        <source>%1 edition, art. %2</source>
        <translation>%1版 第%2条</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 edition, art. %2 (%3)</source>
        <translation>%1版 第%2条第(%3)项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 edition, art. %2 (%3) sign %4</source>
        <translation>%1版 第%2条第(%3)项 征兆%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 edition, art. %2 — %3</source>
        <translation>%1版 第%2条 %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Building works</source>
        <translation>房建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Municipal works</source>
        <translation>市政</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not started</source>
        <translation>未开工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Under construction</source>
        <translation>在建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspended</source>
        <translation>停工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completed</source>
        <translation>已竣工</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Owner (建设单位)</source>
        <translation>建设单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General contractor (施工单位)</source>
        <translation>施工单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subcontractor</source>
        <translation>分包单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervising engineer (监理单位)</source>
        <translation>监理单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Designer</source>
        <translation>设计单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveyor</source>
        <translation>勘察单位</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Project manager</source>
        <translation>项目负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-time safety officer</source>
        <translation>专职安全员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chief supervising engineer</source>
        <translation>总监理工程师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Technical lead</source>
        <translation>技术负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise principal</source>
        <translation>企业主要负责人</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Safety certificate %1</source>
        <translation>安管人员 %1 证</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special operation</source>
        <translation>特种作业</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Special operation: %1</source>
        <translation>特种作业：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registered constructor</source>
        <translation>注册建造师</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision engineer</source>
        <translation>注册监理工程师</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tower crane</source>
        <translation>塔式起重机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction hoist</source>
        <translation>施工升降机</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material hoist</source>
        <translation>物料提升机</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Being installed</source>
        <translation>安装中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In use</source>
        <translation>使用中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismantled</source>
        <translation>已拆除</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Excavation</source>
        <translation>基坑工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Formwork and shoring</source>
        <translation>模板工程及支撑体系</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifting and crane erection</source>
        <translation>起重吊装及起重机械安装拆卸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scaffolding</source>
        <translation>脚手架工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demolition</source>
        <translation>拆除工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tunnelling</source>
        <translation>暗挖工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="-59"/>
        <source>No plan</source>
        <translation>未编制方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drafted</source>
        <translation>已编制</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reviewed</source>
        <translation>已审核</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Approved</source>
        <translation>已审批</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+10"/>
        <source>Not required</source>
        <translation>不需要</translation>
    </message>
    <message>
        <location line="-9"/>
        <location line="+10"/>
        <source>Pending</source>
        <translation>待进行</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Passed</source>
        <translation>通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passed with changes</source>
        <translation>修改后通过</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>Failed</source>
        <translation>不通过</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Accepted</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Full-coverage round 1</source>
        <translation>第一轮全覆盖检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-coverage round 2</source>
        <translation>第二轮全覆盖检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-coverage round %1</source>
        <translation>第%1轮全覆盖检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special inspection</source>
        <translation>专项检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-inspection</source>
        <translation>复查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Random inspection</source>
        <translation>“双随机”检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision inspection</source>
        <translation>督查</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed</source>
        <translation>已签字</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Fall from height</source>
        <translation>高处坠落</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Struck by object</source>
        <translation>物体打击</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collapse</source>
        <translation>坍塌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifting injury</source>
        <translation>起重伤害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Machinery injury</source>
        <translation>机械伤害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electric shock</source>
        <translation>触电</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Poisoning or asphyxiation</source>
        <translation>中毒和窒息</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fire</source>
        <translation>火灾</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vehicle injury</source>
        <translation>车辆伤害</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drowning</source>
        <translation>淹溺</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>County-level city</source>
        <translation>县级市</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Autonomous county</source>
        <translation>自治县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
</context>
<context>
    <name>EnforcementKinds</name>
    <message>
        <location filename="../../src/core/enforcementkinds.cpp" line="+24"/>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Warning letter</source>
        <translation>警示函</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Interview (约谈)</source>
        <translation>约谈</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public circular (通报)</source>
        <translation>通报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fine</source>
        <translation>罚款</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order to stop work</source>
        <translation>责令停止施工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suspension of business for rectification</source>
        <translation>停业整顿</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification downgraded</source>
        <translation>降低资质等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Qualification certificate revoked</source>
        <translation>吊销资质证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety production licence suspended</source>
        <translation>暂扣安全生产许可证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Practising qualification revoked</source>
        <translation>吊销执业资格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Banned from the industry</source>
        <translation>行业禁入</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bad-conduct credit record</source>
        <translation>记入不良行为记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit points deducted</source>
        <translation>扣诚信分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clues referred to the judiciary</source>
        <translation>移交司法线索</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enforcement proposal (执法建议书)</source>
        <translation>执法建议书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Clues of the crime of dangerous operations (危险作业罪) go to the police.</source>
        <translation>涉嫌危险作业罪的线索移送公安机关。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the points deducted.</source>
        <translation>请填写扣除的分值。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount in 10,000 yuan.</source>
        <translation>请填写金额（单位：万元）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the person addressed.</source>
        <translation>请选择所针对的人员。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From the province to the city or county, which decides the penalty.</source>
        <translation>由省厅发往市县，由市县作出处罚决定。</translation>
    </message>
</context>
<context>
    <name>EnforcementRepository</name>
    <message>
        <location filename="../../src/storage/enforcementrepository.cpp" line="+70"/>
        <source>Choose the project the action concerns.</source>
        <translation>请选择执法措施涉及的项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of action (warning letter, fine, …).</source>
        <translation>请选择执法措施类型（如警示函、罚款等）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a violation this version knows. Choose one from the list.</source>
        <translation>“%1”不是本版本可识别的违法行为，请从列表中选择。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A fine needs its amount. Enter the amount in 10,000 yuan.</source>
        <translation>罚款须填写金额，请以万元为单位填写。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be negative.</source>
        <translation>金额不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deducting credit points needs the number of points. Enter how many points are deducted.</source>
        <translation>扣诚信分须填写分值，请填写扣除的分数。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The points cannot be negative.</source>
        <translation>分值不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is addressed to a person. Choose the person it is taken against.</source>
        <translation>“%1”针对个人，请选择被处理的人员。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saving the enforcement action</source>
        <translation>保存执法措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The enforcement action is no longer on this computer.</source>
        <translation>该执法措施记录已不在本机。</translation>
    </message>
</context>
<context>
    <name>EvidenceFlags</name>
    <message>
        <location filename="../../src/evidence/evidenceflags.cpp" line="+22"/>
        <source>No EXIF time: taken time unknown.</source>
        <translation>无 EXIF 时间：拍摄时间不明。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Taken more than %n hour(s) away from the inspection time.</source>
        <translation>
            <numerusform>拍摄时间与检查时间相差超过 %n 小时。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No GPS position: where it was taken is unknown.</source>
        <translation>无 GPS 位置：拍摄地点不明。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This computer&apos;s clock was in doubt when the photo was added.</source>
        <translation>添加照片时本机时钟存疑。</translation>
    </message>
</context>
<context>
    <name>ExtendDeadlineCommand</name>
    <message>
        <location filename="../../src/widgets/commands/extenddeadlinecommand.cpp" line="+9"/>
        <source>Extend deadline to %1</source>
        <translation>将整改期限延长至 %1</translation>
    </message>
</context>
<context>
    <name>HazardDetailPane</name>
    <message>
        <location filename="../../ui/views/hazarddetailpane.ui" line="+23"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Download</source>
        <translation>下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Download the photos of this hazard that are only on the server</source>
        <translation>下载此隐患仅存于服务器上的照片</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Timeline</source>
        <translation>处置记录</translation>
    </message>
</context>
<context>
    <name>HazardEventCommand</name>
    <message>
        <location filename="../../src/widgets/commands/hazardeventcommand.cpp" line="+68"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>HazardLifecycle</name>
    <message>
        <location filename="../../src/core/hazardlifecycle.cpp" line="+98"/>
        <source>The hazard was already recorded.</source>
        <translation>该隐患已登记过。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A notice can only be issued while the hazard is open or being rectified.</source>
        <translation>只有在隐患已发现或整改中时才能下达通知书。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rectification can only be reported while the hazard is open or being rectified.</source>
        <translation>只有在隐患已发现或整改中时才能报送整改情况。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Only a hazard that is not yet verified, closed or voided can pass re-inspection.</source>
        <translation>只有尚未复查合格、销号或作废的隐患才能复查合格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only a hazard that is not yet verified, closed or voided can fail re-inspection.</source>
        <translation>只有尚未复查合格、销号或作废的隐患才能判定复查不合格。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>A hazard can only be closed (销号) after a passed re-inspection.</source>
        <translation>隐患须经复查合格后才能销号。</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Only an earlier event of this hazard can be withdrawn.</source>
        <translation>只能撤回该隐患之前的处置记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the person who recorded an event can withdraw it.</source>
        <translation>只有处置记录的登记人才能撤回该记录。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The recording of a hazard cannot be withdrawn; void the hazard with a reason instead.</source>
        <translation>隐患登记不能撤回；如登记有误，请填写原因后作废该隐患。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event was already withdrawn.</source>
        <translation>该处置记录已撤回。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Withdrawn by %1.</source>
        <translation>已由 %1 撤回。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Closing (销号) needs a supervisor: an inspector&apos;s closing is kept in the history without effect.</source>
        <translation>销号须由监管人员办理：检查人员的销号仅保留在历史记录中，不产生效力。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The supervision listing (挂牌督办) must be lifted before closing.</source>
        <translation>须先解除挂牌督办，才能销号。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closing (销号) needs a second person: the re-inspector cannot close it alone.</source>
        <translation>销号须由第二人办理：复查人不能自行销号。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Only a closed hazard can be reopened.</source>
        <translation>只有已销号的隐患才能重新打开。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The deadline of a closed or voided hazard cannot change.</source>
        <translation>已销号或已作废隐患的整改期限不能更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A deadline extension needs the new deadline.</source>
        <translation>延长整改期限须填写新的期限。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A closed or voided hazard cannot be listed for supervision.</source>
        <translation>已销号或已作废的隐患不能挂牌督办。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hazard is already listed for supervision.</source>
        <translation>该隐患已挂牌督办。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The hazard is not listed for supervision.</source>
        <translation>该隐患未挂牌督办。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The hazard is already voided.</source>
        <translation>该隐患已作废。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voiding needs a reason.</source>
        <translation>作废须填写原因。</translation>
    </message>
</context>
<context>
    <name>HazardPrefill</name>
    <message>
        <location filename="../../src/models/hazardprefill.cpp" line="+63"/>
        <source>%1, article %2 %3, item %4: %5</source>
        <translation>%1 第%2条 %3，判定项 %4：%5</translation>
    </message>
</context>
<context>
    <name>HazardRepository</name>
    <message>
        <location filename="../../src/storage/hazardrepository.cpp" line="+40"/>
        <source>saving the hazard event</source>
        <translation>保存隐患处置记录</translation>
    </message>
    <message>
        <location line="+49"/>
        <location line="+64"/>
        <source>saving the hazard</source>
        <translation>保存隐患</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+90"/>
        <source>The hazard no longer exists on this computer.</source>
        <translation>该隐患已不在本机上。</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+25"/>
        <location line="+11"/>
        <source>saving the hazard state</source>
        <translation>保存隐患状态</translation>
    </message>
</context>
<context>
    <name>HazardSelectionQuery</name>
    <message>
        <location filename="../../src/reports/hazardselection.cpp" line="+50"/>
        <source>The dashboard figures could not be read (%1). Check the data folder with sitesafe-cli check.</source>
        <translation>统计数据读取失败（%1）。请用 sitesafe-cli check 检查数据文件夹。</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>The dashboard asked to count unrelated selections together.</source>
        <translation>统计时把不相关的条件合并计数，无法计算。</translation>
    </message>
</context>
<context>
    <name>HazardsPage</name>
    <message>
        <location filename="../../ui/views/hazardspage.ui" line="+11"/>
        <source>Search description, location, project, legal basis (Ctrl+F)</source>
        <translation>搜索隐患描述、部位、项目、判定依据（Ctrl+F）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major or general</source>
        <translation>重大或一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue only</source>
        <translation>仅看逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision listing (挂牌督办)</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City/county or park</source>
        <translation>市县或园区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Criterion article</source>
        <translation>判定条款</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline from</source>
        <translation>整改期限自</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show all projects</source>
        <translation>显示全部项目</translation>
    </message>
</context>
<context>
    <name>HeldRowRepository</name>
    <message>
        <location filename="../../src/storage/heldrowrepository.cpp" line="+16"/>
        <source>keeping a record from the server aside</source>
        <translation>暂存来自服务器的记录</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+12"/>
        <location line="+9"/>
        <source>reading the records kept aside</source>
        <translation>读取暂存的记录</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>another record on this computer already has the same %1</source>
        <translation>本机已有另一条记录使用相同的 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the field %1 is empty, but this computer requires it</source>
        <translation>字段 %1 为空，而本机要求必须填写</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a value breaks the rule %1 of this computer</source>
        <translation>某个值违反了本机的规则 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>it refers to a record that is not on this computer</source>
        <translation>它引用的记录不在本机上</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this computer does not allow it: %1</source>
        <translation>本机不允许：%1</translation>
    </message>
</context>
<context>
    <name>HttpsErrors</name>
    <message>
        <location filename="../../src/sync/httpsclient.cpp" line="+234"/>
        <source>The connection to the server was cut in the middle of its answer (%1). Your work is kept on this computer; sync again to retry.</source>
        <translation>与服务器的连接在应答中途断开（%1）。您的工作已保存在本机，请重新同步。</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>%1 of %2 bytes received</source>
        <translation>已收到 %1 / %2 字节</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The server cannot be reached (%1). Your work is kept on this computer and will be sent when the connection is back.</source>
        <translation>无法连接服务器（%1）。您的工作已保存在本机，网络恢复后将自动上传。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The server certificate of %1 has expired. Nothing was sent. Tell the provincial operator; if the certificate is still valid, check this computer&apos;s date and time.</source>
        <translation>%1 的服务器证书已过期，未发送任何内容。请告知省级管理员；如果证书实际仍在有效期内，请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server certificate of %1 is not valid yet. Nothing was sent. Check this computer&apos;s date and time.</source>
        <translation>%1 的服务器证书尚未生效，未发送任何内容。请检查本机的日期和时间。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server at %1 presented a certificate for another name. Nothing was sent. Check the server address in the settings.</source>
        <translation>%1 上的服务器出示的证书属于其他名称，未发送任何内容。请检查设置中的服务器地址。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server at %1 is not trusted (%2). Nothing was sent. Check the server address and the provincial CA file in the settings.</source>
        <translation>%1 上的服务器不受信任（%2），未发送任何内容。请检查设置中的服务器地址和省级 CA 证书文件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>handshake failed</source>
        <translation>握手失败</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server at %1 did not present the expected key (pin mismatch). Nothing was sent. This can mean an interception; tell the provincial operator.</source>
        <translation>%1 上的服务器未出示预期的密钥（密钥指纹不符），未发送任何内容。这可能意味着通信被拦截；请告知省级管理员。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server did not answer in time. Your work is kept on this computer; sync will try again.</source>
        <translation>服务器未及时响应。您的工作已保存在本机，稍后将自动重试同步。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The network redirected the request to %1 — probably a sign-in page of this network (captive portal). Sign in to the network first; nothing was sent to that page.</source>
        <translation>网络将请求重定向到了 %1 —— 这可能是当前网络的上网认证页面。请先完成网络认证；未向该页面发送任何内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>another address</source>
        <translation>其他地址</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The server&apos;s answer is larger than %1 MB and was refused.</source>
        <translation>服务器的应答超过 %1 MB，已拒绝接收。</translation>
    </message>
</context>
<context>
    <name>IdCardNumber</name>
    <message>
        <location filename="../../src/core/idcardnumber.cpp" line="+41"/>
        <source>An ID card number has 18 characters (old cards 15); this one has %1.</source>
        <translation>身份证号应为 18 位（旧证 15 位），此号码为 %1 位。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Character %1 (“%2”) must be a digit.</source>
        <translation>第 %1 位（“%2”）应为数字。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Characters 7 to %1 must be a real birth date (year, month, day).</source>
        <translation>第 7 至 %1 位应为有效的出生日期（年、月、日）。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The check character (18th) is “%1” but should be “%2”: one of the digits is mistyped.</source>
        <translation>校验码（第 18 位）为“%1”，应为“%2”：有数字录入错误。</translation>
    </message>
</context>
<context>
    <name>ImageFile</name>
    <message>
        <location filename="../../src/evidence/imagefile.cpp" line="+61"/>
        <source>The file %1 cannot be opened: %2. Check that it still exists and that you may read it.</source>
        <translation>无法打开文件 %1：%2。请确认该文件仍然存在且您有读取权限。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file %1 is larger than 64 MB and is not taken as a photo. Export a smaller copy from the camera or phone and add that.</source>
        <translation>文件 %1 大于 64 MB，不作为照片接收。请从相机或手机导出较小的副本后再添加。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reading %1 failed: %2</source>
        <translation>读取 %1 失败：%2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not a picture SiteSafe can read (JPEG or PNG). Nothing was added; choose a photo file.</source>
        <translation>%1 不是 SiteSafe 能读取的图片（JPEG 或 PNG）。未添加任何内容；请选择照片文件。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is a JPEG picture that ends too early: the file was cut while copying or is damaged. Nothing was added; copy the photo from the camera again.</source>
        <translation>%1 是不完整的 JPEG 图片：文件在复制时被截断或已损坏。未添加任何内容；请从相机重新复制该照片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 looks like a %2 picture but cannot be decoded (%3): the file may be cut or damaged. Nothing was added; copy the photo from the camera again.</source>
        <translation>%1 看似 %2 图片，但无法解码（%3）：文件可能被截断或已损坏。未添加任何内容；请从相机重新复制该照片。</translation>
    </message>
</context>
<context>
    <name>IncidentDeadline</name>
    <message>
        <location filename="../../src/core/incidentdeadline.cpp" line="+65"/>
        <source>%1 left</source>
        <translation>剩余 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late (迟报), not reported</source>
        <translation>迟报，尚未上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>已上报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported late (迟报)</source>
        <translation>已上报（迟报）</translation>
    </message>
</context>
<context>
    <name>IncidentRepository</name>
    <message>
        <location filename="../../src/storage/incidentrepository.cpp" line="+77"/>
        <source>Choose the project where the incident happened.</source>
        <translation>请选择发生事故的项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter when the incident happened, to the minute.</source>
        <translation>请填写事故发生时间，精确到分钟。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The incident cannot have happened in the future. Check the date and time it happened.</source>
        <translation>事故发生时间不能晚于当前时间，请核对事故发生的日期和时间。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of incident (fall from height, struck by object, …).</source>
        <translation>请选择事故类型（如高处坠落、物体打击等）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Casualty figures and the loss cannot be negative.</source>
        <translation>伤亡人数和直接经济损失不能为负数。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The national platform report cannot be earlier than the incident. Check both times.</source>
        <translation>全国平台上报时间不能早于事故发生时间，请核对这两个时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The unit&apos;s report to the bureau cannot be earlier than the incident. Check both times.</source>
        <translation>单位向住建局报告的时间不能早于事故发生时间，请核对这两个时间。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The investigation cannot close before the incident happened. Check the closing date.</source>
        <translation>调查结案日期不能早于事故发生时间，请核对结案日期。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deaths: %1. The incident is recorded, but it is not part of the non-fatal incident (非亡人事故) ledger; report it as a fatal accident.</source>
        <translation>死亡人数：%1。该事故已记录，但不纳入非亡人事故台账；请按亡人事故上报。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>saving the incident</source>
        <translation>保存事故</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The incident is no longer on this computer.</source>
        <translation>该事故记录已不在本机。</translation>
    </message>
</context>
<context>
    <name>InspectionRepository</name>
    <message>
        <location filename="../../src/storage/inspectionrepository.cpp" line="+41"/>
        <source>Choose the project to inspect.</source>
        <translation>请选择要检查的项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the kind of inspection (round, special, re-inspection, random or supervision).</source>
        <translation>请选择检查类型（轮次检查、专项检查、复查、双随机检查或督查）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A full-coverage inspection belongs to round 1 or round 2: choose the round.</source>
        <translation>全覆盖检查属于第一轮或第二轮：请选择轮次。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only full-coverage inspections have a round.</source>
        <translation>只有全覆盖检查才有轮次。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An inspection needs at least two different inspectors: supervision checks are carried out by two or more law-enforcement officers. Add the second inspector.</source>
        <translation>一次检查至少需要两名不同的检查人员：监督检查须由两名以上执法人员实施。请添加第二名检查人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose at least one checklist: the major-hazard criteria or a JGJ 59 score sheet.</source>
        <translation>请至少选择一个检查表：重大事故隐患判定标准或 JGJ 59 评分表。</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+70"/>
        <source>saving the inspection</source>
        <translation>保存检查记录</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>reading the inspection</source>
        <translation>读取检查记录</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This inspection is not in the data folder.</source>
        <translation>该检查记录不在数据文件夹中。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This inspection is signed and can no longer be changed. To correct it, make an amendment.</source>
        <translation>该检查已签字，不能再修改。如需更正，请进行补正检查。</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>submitting the inspection</source>
        <translation>提交检查</translation>
    </message>
</context>
<context>
    <name>InspectionSigner</name>
    <message>
        <location filename="../../src/storage/inspectionsigner.cpp" line="+38"/>
        <source>This inspection is already signed and can no longer be changed. To correct it, make an amendment.</source>
        <translation>该检查已签字，不能再修改。如需更正，请进行补正检查。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This inspection is not in the data folder.</source>
        <translation>该检查记录不在数据文件夹中。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>reading the inspection</source>
        <translation>读取检查记录</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The signature of %1 is not a PNG image. Clear the pad and sign again.</source>
        <translation>%1 的签名不是 PNG 图像。请清除签名板后重新签字。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Inspector %1 has not signed. Every inspector of the inspection signs before it is frozen.</source>
        <translation>检查人员 %1 尚未签字。检查定稿前，每名检查人员都须签字。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The site representative both signed and is recorded as refusing to sign. Keep the signature or the refusal, not both.</source>
        <translation>现场负责人既已签字，又被记录为拒签。签名和拒签只能保留其一。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the name of the site representative who signs.</source>
        <translation>请输入签字的现场负责人姓名。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site representative has not signed. Let them sign, or record that they refused to sign and why.</source>
        <translation>现场负责人尚未签字。请其签字，或记录其拒签及原因。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>inspector</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>site representative</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+7"/>
        <source>saving the signature</source>
        <translation>保存签名</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The site representative</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The site representative %1</source>
        <translation>现场负责人 %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 refused to sign: %2</source>
        <translation>%1 拒签：%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>signing the inspection</source>
        <translation>签署检查记录</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Only a signed inspection is corrected by an amendment. This one is not signed yet: change it directly.</source>
        <translation>只有已签字的检查才通过补正检查更正。该检查尚未签字：请直接修改。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>making the amendment</source>
        <translation>创建补正检查</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>reading the answers to copy</source>
        <translation>读取要复制的答案</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>copying the answers</source>
        <translation>复制答案</translation>
    </message>
</context>
<context>
    <name>LedgerChoices</name>
    <message>
        <location filename="../../src/models/ledgerchoices.cpp" line="+29"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>LedgerReader</name>
    <message>
        <location filename="../../src/reports/ledgersheet.cpp" line="+90"/>
        <source>The ledger could not be read (%1). Check the data folder with sitesafe-cli check.</source>
        <translation>无法读取台账（%1）。请用 sitesafe-cli check 检查数据文件夹。</translation>
    </message>
</context>
<context>
    <name>LedgerWriter</name>
    <message>
        <location filename="../../src/reports/ledgerwriter.cpp" line="+19"/>
        <source>Could not write %1 (%2). Check that the folder exists, that there is space on the disk and that the file is not open in another program.</source>
        <translation>无法写入 %1（%2）。请确认文件夹存在、磁盘有剩余空间，并且该文件没有在其他程序中打开。</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>the file cannot be created</source>
        <translation>无法创建文件</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the finished file could not be put in place</source>
        <translation>写好的文件无法放到目标位置</translation>
    </message>
</context>
<context>
    <name>LiftSupervisionCommand</name>
    <message>
        <location filename="../../src/widgets/commands/liftsupervisioncommand.cpp" line="+9"/>
        <source>Lift supervision</source>
        <translation>解除督办</translation>
    </message>
</context>
<context>
    <name>ListForSupervisionCommand</name>
    <message>
        <location filename="../../src/widgets/commands/listforsupervisioncommand.cpp" line="+9"/>
        <source>List for supervision</source>
        <translation>挂牌督办</translation>
    </message>
</context>
<context>
    <name>LocalContentHash</name>
    <message>
        <location filename="../../src/sync/localcontenthash.cpp" line="+18"/>
        <source>%1 is not a record type that is synced.</source>
        <translation>%1 不是同步的记录类型。</translation>
    </message>
</context>
<context>
    <name>Localization</name>
    <message>
        <location filename="../../src/widgets/localization.cpp" line="+74"/>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
</context>
<context>
    <name>LogFile</name>
    <message>
        <location filename="../../src/core/logfile.cpp" line="+123"/>
        <source>The log file %1 cannot be written (%2); SiteSafe runs without a log. Check that the data folder is writable and not full.</source>
        <translation>无法写入日志文件 %1（%2）；程序将不记录日志继续运行。请检查数据文件夹是否可写、磁盘是否已满。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/mainwindow.ui" line="+6"/>
        <source>SiteSafe</source>
        <translation>工地安全巡检</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Sync</source>
        <translation>同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Toolbar</source>
        <translation>工具栏</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Settings…</source>
        <translation>设置…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+1</source>
        <translation>Ctrl+1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+2</source>
        <translation>Ctrl+2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+3</source>
        <translation>Ctrl+3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+4</source>
        <translation>Ctrl+4</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+5</source>
        <translation>Ctrl+5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dashboard</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+6</source>
        <translation>Ctrl+6</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+7</source>
        <translation>Ctrl+7</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find…</source>
        <translation>查找…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset filters</source>
        <translation>重置筛选</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Copy selected rows</source>
        <translation>复制所选行</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+C</source>
        <translation>Ctrl+C</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync now</source>
        <translation>立即同步</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>F9</source>
        <translation>F9</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send your changes and photos to the provincial server and receive its changes (F9)</source>
        <translation>将您的修改和照片上传到省级服务器，并接收服务器上的更新（F9）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in…</source>
        <translation>登录…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+L</source>
        <translation>Ctrl+Shift+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Go back to one of this folder&apos;s daily backups, or another backup file</source>
        <translation>恢复到本数据文件夹的某个每日备份，或其他备份文件</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export &amp;diagnostics…</source>
        <translation>导出诊断信息(&amp;D)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+F1</source>
        <translation>Ctrl+Shift+F1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a zip for support: versions, database statistics and logs, never a record</source>
        <translation>为技术支持生成压缩包：版本、数据库统计和日志，不含任何业务记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About SiteSafe</source>
        <translation>关于工地安全巡检</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>About Qt</source>
        <translation>关于 Qt</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../../src/storage/migrator.cpp" line="+49"/>
        <source>reading the schema version</source>
        <translation>读取数据结构版本</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This data file was written by a newer SiteSafe (schema %1; this program knows up to %2). Nothing was changed. Install the newer SiteSafe to open it.</source>
        <translation>该数据文件由更新版本的工地安全巡检写入（结构版本 %1；本程序最高支持 %2）。数据未作任何改动。请安装新版本后再打开。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>copying the data file before upgrading it</source>
        <translation>升级前备份数据文件</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Migration %1 is missing from this build.</source>
        <translation>本程序缺少数据升级步骤 %1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>upgrading the data file (step %1, %2)</source>
        <translation>升级数据文件（第 %1 步，%2）</translation>
    </message>
</context>
<context>
    <name>MonthlyReport</name>
    <message>
        <location filename="../../src/reports/monthlyreport.cpp" line="+172"/>
        <source>The monthly figures could not be computed (%1). Check the data folder with sitesafe-cli check.</source>
        <translation>无法计算月报数据（%1）。请用 sitesafe-cli check 检查数据文件夹。</translation>
    </message>
</context>
<context>
    <name>MonthlyReportRepository</name>
    <message>
        <location filename="../../src/storage/monthlyreportrepository.cpp" line="+35"/>
        <source>Choose the 市县 or park the report is for: the province&apos;s report is the sum of theirs and is not submitted.</source>
        <translation>请选择月报所属的市县或园区：全省月报由各市县汇总而成，不单独报送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The figures of the report are not readable; compute them again.</source>
        <translation>月报数据无法读取，请重新计算。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>submitting the monthly report</source>
        <translation>报送月报</translation>
    </message>
</context>
<context>
    <name>MonthlySubmissions</name>
    <message>
        <location filename="../../src/reports/monthlysubmissions.cpp" line="+18"/>
        <source>the submitted monthly reports</source>
        <translation>已报送的月报</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not yet due</source>
        <translation>未到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not submitted, overdue</source>
        <translation>未报送，已逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submitted on time</source>
        <translation>按时报送</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Submitted late (迟报)</source>
        <translation>迟报</translation>
    </message>
</context>
<context>
    <name>NoteCommand</name>
    <message>
        <location filename="../../src/widgets/commands/notecommand.cpp" line="+8"/>
        <source>Note on %1</source>
        <translation>对 %1 的备注</translation>
    </message>
</context>
<context>
    <name>NoticeBlockRequester</name>
    <message>
        <location filename="../../src/sync/noticeblockrequester.cpp" line="+19"/>
        <source>rectification notice</source>
        <translation>限期整改通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stop-work notice</source>
        <translation>停工整改通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>resumption opinion</source>
        <translation>复工意见书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>re-inspection opinion</source>
        <translation>复查意见书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>supervision notice</source>
        <translation>督办通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enforcement proposal</source>
        <translation>执法建议书</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>asking for new %1 numbers</source>
        <translation>申请新的%1编号</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No new %1 numbers this time: %2 The numbers left still work; the next sync asks again.</source>
        <translation>本次未获得新的%1编号：%2 剩余编号仍可使用，下次同步时将再次申请。</translation>
    </message>
</context>
<context>
    <name>NoticeDraftLoader</name>
    <message>
        <location filename="../../src/models/noticedraftloader.cpp" line="+51"/>
        <source>The hazards for the notice could not be read (%1). Reopen the data folder; if it persists, check it with sitesafe-cli check.</source>
        <translation>无法读取文书涉及的隐患（%1）。请重新打开数据文件夹；如问题仍然存在，请用 sitesafe-cli check 检查。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The hazards for the notice are not in this data folder. Reload the hazard list and pick them again.</source>
        <translation>文书涉及的隐患不在此数据文件夹中。请重新加载隐患列表后重新选择。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>A picked hazard is no longer in this data folder and was left out.</source>
        <translation>所选的一条隐患已不在此数据文件夹中，已被排除。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” belongs to another project and was left out: a notice names the hazards of one project.</source>
        <translation>“%1”属于其他项目，已被排除：一份文书只能列明同一项目的隐患。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is %2 and was left out: only open or rectifying hazards can be named.</source>
        <translation>“%1”的状态为%2，已被排除：只能列明已发现或整改中的隐患。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
</context>
<context>
    <name>NoticeIssuer</name>
    <message>
        <location filename="../../src/reports/noticeissuer.cpp" line="+31"/>
        <source>Choose at least one hazard for the notice; nothing has been issued.</source>
        <translation>请为文书至少选择一条隐患；未下达任何文书。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A hazard the notice names is not on this computer. Sync, then issue the notice again; nothing has been issued.</source>
        <translation>文书列明的一条隐患不在本机上。请同步后重新下达文书；未下达任何文书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hazard “%1” is %2, so no notice can be issued for it. Leave it out of the notice; nothing has been issued.</source>
        <translation>隐患“%1”%2，不能为其下达文书。请将其从文书中移除；未下达任何文书。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>closed (销号)</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>The notice was issued but could not be read back. Restart SiteSafe and look for it in the project&apos;s notices.</source>
        <translation>文书已下达，但无法回读。请重新启动工地安全巡检，并在该项目的文书中查找。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>There is no notice with this id on this computer.</source>
        <translation>本机上没有该标识的文书。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The PDF of notice %1 is not on this computer. Sync to download it, or render the notice again.</source>
        <translation>文书 %1 的 PDF 不在本机上。请同步以下载，或重新生成该文书。</translation>
    </message>
</context>
<context>
    <name>NoticePdfRecorder</name>
    <message>
        <location filename="../../src/storage/noticepdfrecorder.cpp" line="+19"/>
        <source>reading the notices without a PDF</source>
        <translation>读取尚无 PDF 的文书</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>saving the PDFs of the notices</source>
        <translation>保存文书的 PDF</translation>
    </message>
</context>
<context>
    <name>NoticeRenderer</name>
    <message>
        <location filename="../../src/reports/noticerenderer.cpp" line="+84"/>
        <source>Notices can only be drawn by a program that runs a QGuiApplication.</source>
        <translation>只有运行 QGuiApplication 的程序才能生成文书。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The Chinese font for notices (Noto Sans CJK) is not installed. Install the package fonts-noto-cjk (sudo apt install fonts-noto-cjk), then issue or render the notice again.</source>
        <translation>未安装文书所需的中文字体（Noto Sans CJK）。请安装 fonts-noto-cjk 软件包（sudo apt install fonts-noto-cjk），然后重新下达或生成该文书。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>The notice could not be drawn as a PDF. Try again; if it keeps failing, report it with the notice number.</source>
        <translation>无法将文书生成为 PDF。请重试；如仍然失败，请连同文书编号一并报告。</translation>
    </message>
</context>
<context>
    <name>NoticeRepository</name>
    <message>
        <location filename="../../src/storage/noticerepository.cpp" line="+91"/>
        <source>reading the notice number blocks</source>
        <translation>读取文书编号段</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This computer has no notice numbers left for this kind of notice. Connect and sync to receive a new number block from the provincial server, then issue the notice again; nothing has been issued.</source>
        <translation>本机已没有此类文书的可用编号。请联网同步，从省级服务器获取新的编号段，然后重新下达文书；未下达任何文书。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not a kind of notice this version knows.</source>
        <translation>“%1”不是本版本可识别的文书类型。</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+29"/>
        <source>The number %1 has already been used. Issue the notice again to take the next number.</source>
        <translation>编号 %1 已被使用。请重新下达文书以使用下一个编号。</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>saving the notice</source>
        <translation>保存文书</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>advancing the notice number block</source>
        <translation>更新文书编号段</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Say why the notice is voided; its number stays used and the reason is kept with it.</source>
        <translation>请说明作废该文书的原因；其编号仍视为已使用，原因将随文书一并保存。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>voiding the notice</source>
        <translation>作废文书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice is already voided or no longer on this computer.</source>
        <translation>该文书已作废或已不在本机。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>recording the receipt of the notice</source>
        <translation>登记文书送达回执</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The notice is no longer on this computer.</source>
        <translation>该文书已不在本机。</translation>
    </message>
</context>
<context>
    <name>NoticeSourceReader</name>
    <message>
        <location filename="../../src/storage/noticesourcereader.cpp" line="+21"/>
        <source>reading the records the notice names</source>
        <translation>读取文书列明的记录</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The project of the notice is not on this computer. Sync, then issue the notice again.</source>
        <translation>文书所属项目不在本机上。请同步后重新下达文书。</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>A hazard the notice names is not on this computer. Sync, then issue the notice again.</source>
        <translation>文书列明的一条隐患不在本机上。请同步后重新下达文书。</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>looking for the notice of a PDF</source>
        <translation>查找 PDF 对应的文书</translation>
    </message>
</context>
<context>
    <name>NoticeVerifier</name>
    <message>
        <location filename="../../src/reports/noticeverifier.cpp" line="+51"/>
        <source>This is the PDF of notice %1 as issued, but the notice was later voided: %2</source>
        <translation>此为文书 %1 下达时的 PDF，但该文书后来已作废：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This is the PDF of notice %1 exactly as it was issued.</source>
        <translation>此为文书 %1 的 PDF，与下达时完全一致。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The file claims to be notice %1, but its content differs from the PDF issued; do not rely on it, ask the issuing body for the original.</source>
        <translation>该文件声称是文书 %1，但其内容与下达的 PDF 不一致；请勿采信，请向出具机关索取原件。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No notice known in this data folder has this content or names itself in it. Check it against the provincial server (--server) or ask the issuing body.</source>
        <translation>此数据文件夹中没有任何已知文书与该内容相符，文件内容中也未指明已知文书。请通过省级服务器核验（--server），或向出具机关核实。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The provincial server knows no notice with the id and content this file names.</source>
        <translation>省级服务器上没有与该文件所示标识及内容相符的文书。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provincial server confirms this is the PDF of the notice exactly as it was issued.</source>
        <translation>省级服务器确认：此为该文书的 PDF，与下达时完全一致。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The provincial server knows the notice this file names, but its content was changed; do not rely on it, ask the issuing body for the original.</source>
        <translation>省级服务器存在该文件所指的文书，但其内容已被篡改；请勿采信，请向出具机关索取原件。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The provincial server knows the notice this file names, but this file&apos;s bytes differ from the PDF issued; do not rely on it, ask the issuing body for the original.</source>
        <translation>省级服务器存在该文件所指的文书，但该文件的字节与下达的 PDF 不一致；请勿采信，请向出具机关索取原件。</translation>
    </message>
</context>
<context>
    <name>OutboxRepository</name>
    <message>
        <location filename="../../src/storage/outboxrepository.cpp" line="+36"/>
        <source>preparing changes for sending</source>
        <translation>准备待上传的修改</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recording the server&apos;s receipts</source>
        <translation>记录服务器的回执</translation>
    </message>
</context>
<context>
    <name>PendingRestore</name>
    <message>
        <location filename="../../src/storage/pendingrestore.cpp" line="+25"/>
        <source>The restore could not be prepared: %1 could not be written (%2). Check that the data folder is writable; nothing was changed.</source>
        <translation>无法准备恢复：无法写入 %1（%2）。请检查数据文件夹是否可写；未做任何更改。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The restore asked for could not be started: %1 could not be removed (%2). Delete the file, then restore again from the File menu.</source>
        <translation>无法开始所请求的恢复：无法删除 %1（%2）。请删除该文件，然后在“文件”菜单中重新恢复。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The restore asked for could not be read; nothing was restored. Choose the backup again from the File menu.</source>
        <translation>无法读取所请求的恢复；未恢复任何内容。请在“文件”菜单中重新选择备份。</translation>
    </message>
</context>
<context>
    <name>PhotoRenditions</name>
    <message>
        <location filename="../../src/evidence/photorenditions.cpp" line="+35"/>
        <source>The preview %1 could not be written (%2). Nothing was added; free some disk space and try again.</source>
        <translation>无法写入预览图 %1（%2）。未添加任何内容；请释放一些磁盘空间后重试。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Taken %1 (China time)</source>
        <translation>拍摄于 %1（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added %1 (China time), no EXIF time</source>
        <translation>添加于 %1（北京时间），无 EXIF 时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No GPS position</source>
        <translation>无 GPS 位置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspector: %1 · %2 · SHA-256 %3</source>
        <translation>检查人员：%1 · %2 · SHA-256 %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Photo previews can only be drawn by a program with a graphical interface; add the photo in SiteSafe.</source>
        <translation>照片预览只能由带图形界面的程序生成；请在 SiteSafe 中添加照片。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder %1 cannot be created. Check the disk; nothing was added.</source>
        <translation>无法创建文件夹 %1。请检查磁盘；未添加任何内容。</translation>
    </message>
</context>
<context>
    <name>ProjectDetailView</name>
    <message>
        <location filename="../../ui/views/projectdetailview.ui" line="+15"/>
        <source>Overview</source>
        <translation>概况</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Participants</source>
        <translation>参建单位</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enterprise</source>
        <translation>单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Safety licence (valid until)</source>
        <translation>安全生产许可证（有效期至）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Key people</source>
        <translation>关键人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person / certificate</source>
        <translation>人员 / 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role / number</source>
        <translation>岗位 / 证书编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+3"/>
        <source>Equipment</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filing no.</source>
        <translation>产权备案编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Use registration no.</source>
        <translation>使用登记编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted</source>
        <translation>验收合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location line="+10"/>
        <source>Status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>Dangerous works</source>
        <translation>危大工程</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>专项方案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expert review</source>
        <translation>专家论证</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acceptance</source>
        <translation>验收</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+20"/>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+5"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show in the hazard list</source>
        <translation>在隐患列表中查看</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <location filename="../../ui/views/projectspage.ui" line="+11"/>
        <source>Search name, permit number or platform number</source>
        <translation>搜索项目名称、施工许可证号或平台项目编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City/county or park</source>
        <translation>市县或园区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building or municipal works</source>
        <translation>房建或市政</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project status</source>
        <translation>项目状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full-coverage rounds</source>
        <translation>全覆盖检查轮次</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Full coverage: projects under construction with a signed inspection of the round in the campaign, per city/county</source>
        <translation>全覆盖：按市县统计，在建项目中于治理行动期内已有本轮已签字检查的项目所占比例</translation>
    </message>
</context>
<context>
    <name>PullApplier</name>
    <message>
        <location filename="../../src/sync/pullapplier.cpp" line="+43"/>
        <source>The server&apos;s %1 record %2 cannot be saved on this computer: %3. Nothing from this part of the download was saved and the sync position did not move; the next sync saves the rest and keeps this record aside until it fits.</source>
        <translation>来自服务器的 %1 记录 %2 无法保存到本机：%3。本批下载的数据均未保存，同步位置未变；下次同步将保存其余数据，并暂存这条记录，直到它可以写入为止。</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>A local %1 record (%2) refers to a record that is not on this computer.</source>
        <translation>本机的 %1 记录（%2）引用了一条不在本机上的记录。</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>A row arrived before the row it belongs to; it is applied together with the next page.</source>
        <translation>有一行数据先于其所属的记录到达，将与下一批数据一起写入。</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Too many records from the server wait for records kept aside.</source>
        <translation>来自服务器的记录中，有太多在等待暂存的记录。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server sent a %1 record this version does not know.</source>
        <translation>服务器发送了本版本无法识别的 %1 记录。</translation>
    </message>
</context>
<context>
    <name>PulledRowWriter</name>
    <message>
        <location filename="../../src/storage/pulledrowwriter.cpp" line="+21"/>
        <source>saving data from the server</source>
        <translation>保存来自服务器的数据</translation>
    </message>
</context>
<context>
    <name>QrCode</name>
    <message>
        <location filename="../../src/evidence/qrcode.cpp" line="+15"/>
        <source>There is no picture to read a code from. Load a photo of the certificate&apos;s QR code, or paste the text of the code.</source>
        <translation>没有可读取二维码的图片。请载入证书二维码的照片，或粘贴二维码的文本。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No QR code could be read in the picture. Take the photo again closer, straight on and without glare, or paste the text of the code.</source>
        <translation>未能从图片中识别出二维码。请靠近、正对并避免反光重新拍摄，或粘贴二维码的文本。</translation>
    </message>
</context>
<context>
    <name>RecordHazardCommand</name>
    <message>
        <location filename="../../src/widgets/commands/recordhazardcommand.cpp" line="+18"/>
        <source>Record hazard</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Record hazard %1</source>
        <translation>登记隐患 %1</translation>
    </message>
</context>
<context>
    <name>RecordReader</name>
    <message>
        <location filename="../../src/storage/recordreader.cpp" line="+19"/>
        <source>reading the record to check its content hash</source>
        <translation>读取记录以核对其内容哈希</translation>
    </message>
</context>
<context>
    <name>ReinspectHazardCommand</name>
    <message>
        <location filename="../../src/widgets/commands/reinspecthazardcommand.cpp" line="+9"/>
        <source>Re-inspection passed</source>
        <translation>复查合格</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re-inspection failed</source>
        <translation>复查不合格</translation>
    </message>
</context>
<context>
    <name>ReminderScanner</name>
    <message>
        <location filename="../../src/models/reminderscanner.cpp" line="+68"/>
        <location line="+16"/>
        <source>hazard reminders</source>
        <translation>查询隐患提醒</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>incident reminders</source>
        <translation>查询事故提醒</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>monthly report reminders</source>
        <translation>月报提醒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Monthly report for %1</source>
        <translation>%1 月报</translation>
    </message>
</context>
<context>
    <name>ReportOutput</name>
    <message>
        <location filename="../../src/widgets/reportoutput.cpp" line="+28"/>
        <location line="+5"/>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+4"/>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print %1</source>
        <translation>打印 %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The printer is not available. Check that it is switched on and connected, or save the document as PDF and print it later.</source>
        <translation>打印机不可用。请检查打印机是否已开机并连接，或先另存为 PDF 稍后打印。</translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <location filename="../../src/reports/reportpdf.cpp" line="+113"/>
        <source>The document could not be drawn as a PDF. Try again; if it keeps failing, export XLSX instead and report the problem.</source>
        <translation>无法生成 PDF 文件。请重试；如仍失败，请改为导出 XLSX 并报告此问题。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not write %1 (%2). Check that the folder exists, that there is space on the disk and that the file is not open in another program.</source>
        <translation>无法写入 %1（%2）。请确认文件夹存在、磁盘有剩余空间，且该文件未被其他程序打开。</translation>
    </message>
</context>
<context>
    <name>ReportRectificationCommand</name>
    <message>
        <location filename="../../src/widgets/commands/reportrectificationcommand.cpp" line="+9"/>
        <source>Report rectification</source>
        <translation>报送整改</translation>
    </message>
</context>
<context>
    <name>ResolveConflictCommand</name>
    <message>
        <location filename="../../src/widgets/commands/resolveconflictcommand.cpp" line="+17"/>
        <source>Resolve conflict in “%1”</source>
        <translation>处理“%1”的冲突</translation>
    </message>
</context>
<context>
    <name>ScoreSheetCatalogLoader</name>
    <message>
        <location filename="../../src/core/scoresheetcatalog.cpp" line="+37"/>
        <source>The score-sheet catalog is not valid JSON (%1 at offset %2).</source>
        <translation>评分表目录不是有效的 JSON（%1，位置 %2）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The file is not a score-sheet catalog.</source>
        <translation>该文件不是评分表目录。</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Score sheet %1: a deduction rule of item %2 does not fit its %3 points.</source>
        <translation>评分表 %1：检查项目 %2 的扣分规则与其 %3 分的分值不符。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Score sheet %1: item “%2” has no code, a duplicate code or no points.</source>
        <translation>评分表 %1：检查项目“%2”缺少编码、编码重复或没有分值。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Score sheet %1 totals %2 points instead of 100.</source>
        <translation>评分表 %1 合计 %2 分，应为 100 分。</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Summary row %1 names unknown sheet %2.</source>
        <translation>汇总表第 %1 行引用了不存在的评分表 %2。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The summary table totals %1 points instead of 100.</source>
        <translation>汇总表合计 %1 分，应为 100 分。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The built-in JGJ 59 score sheets are missing from this build.</source>
        <translation>本程序缺少内置的 JGJ 59 评分表。</translation>
    </message>
</context>
<context>
    <name>ServerProfileInput</name>
    <message>
        <location filename="../../src/widgets/serverprofileinput.cpp" line="+16"/>
        <source>The server address must start with https:// and name a host, e.g. https://sync.example.gov.cn:8443. Ask your administrator for it.</source>
        <translation>服务器地址必须以 https:// 开头并包含主机名，例如 https://sync.example.gov.cn:8443。请向管理员索取。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your user name and password.</source>
        <translation>请输入用户名和密码。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA file %1 cannot be read. Choose the PEM file your administrator gave you, or leave the field empty to trust only the system certificates.</source>
        <translation>无法读取 CA 证书文件 %1。请选择管理员提供的 PEM 文件，或留空以仅信任系统证书。</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <location filename="../../ui/dialogs/settingsdialog.ui" line="+6"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder</source>
        <translation>数据文件夹</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Language</source>
        <translation>界面语言</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>My jurisdiction</source>
        <translation>我的辖区</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remind me of hazards due within a day, overdue hazards and incident report deadlines</source>
        <translation>提醒一天内到期的隐患、逾期隐患和事故上报时限</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new data folder or language takes effect the next time SiteSafe starts. The provincial server, its certificate and your user name are set in the sign-in dialog (Sync menu).</source>
        <translation>更换数据文件夹或界面语言后，下次启动工地安全巡检时生效。省级服务器地址、证书和用户名在登录对话框中设置（“同步”菜单）。</translation>
    </message>
</context>
<context>
    <name>ShownReminderFile</name>
    <message>
        <location filename="../../src/models/shownreminderfile.cpp" line="+42"/>
        <source>Could not save which reminders were shown to %1 (%2). Check that the data folder is writable and not full; until then the same reminders may be shown again.</source>
        <translation>无法把已提醒过的事项保存到 %1（%2）。请检查数据文件夹是否可写、磁盘是否已满；在此之前同样的提醒可能会再次出现。</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../ui/dialogs/signindialog.ui" line="+6"/>
        <source>Sign in to the provincial server</source>
        <translation>登录省级服务器</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your work is saved on this computer whether or not you sign in. Signing in lets SiteSafe send it to the province and receive the latest projects.</source>
        <translation>无论是否登录，您的工作都会保存在本机。登录后，工地安全巡检即可将其上传到省级服务器，并接收最新的项目信息。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Server address</source>
        <translation>服务器地址(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://sync.example.gov.cn:8443</source>
        <translation>https://sync.example.gov.cn:8443</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name</source>
        <translation>用户名(&amp;U)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Certificate trust</source>
        <translation>证书信任</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial &amp;CA file</source>
        <translation>省级 CA 证书文件(&amp;C)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Optional: PEM file, trusted besides the system certificates</source>
        <translation>可选：PEM 文件，在系统证书之外额外信任</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Browse…</source>
        <translation>浏览…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key &amp;pins</source>
        <translation>密钥指纹(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: SPKI SHA-256 (base64), separated by spaces</source>
        <translation>可选：SPKI SHA-256（base64），多个以空格分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Allow &amp;HTTP/2 (off unless your administrator says so)</source>
        <translation>允许 HTTP/2(&amp;H)（除非管理员要求，否则保持关闭）</translation>
    </message>
</context>
<context>
    <name>StartupRestore</name>
    <message>
        <location filename="../../src/widgets/startuprestore.cpp" line="+40"/>
        <source>Restoring %1…</source>
        <translation>正在恢复 %1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The restore stopped before it finished; nothing was changed.</source>
        <translation>恢复未完成即中止；未做任何更改。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The backup %1 was not restored: %2</source>
        <translation>未恢复备份 %1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Restored %1: %2 hazards.</source>
        <translation>已恢复 %1：%2 条隐患。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database it replaced is kept as %1.</source>
        <translation>被替换的数据库已保留为 %1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It could not be read (damaged): changes it held that were never sent cannot be counted, and stay in it.</source>
        <translation>该数据库无法读取（已损坏）：其中从未发送的更改无法统计，仍保留在其中。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>SiteSafe</source>
        <translation>工地安全巡检</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>This folder has %n backup(s), the newest from %1. One can be put in place of the damaged file, which is kept aside as it is. What was sent to the server is not lost: the next sync brings it back.</source>
        <translation>
            <numerusform>此文件夹有 %n 个备份，最新的是 %1 的。可以用备份替换损坏的文件，损坏的文件将原样另存在旁。已发送到服务器的内容不会丢失：下次同步会取回。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore from backup…</source>
        <translation>从备份恢复(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../../src/storage/storageerror.cpp" line="+35"/>
        <source>The disk is full while %1. Nothing was changed; free some space and try again.</source>
        <translation>%1时磁盘已满。数据未作任何改动；请释放空间后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The data file is damaged (%1) while %2. Stop working on it and run “sitesafe-cli check”; your backups and the server copy are untouched.</source>
        <translation>%2时发现数据文件已损坏（%1）。请停止使用并运行“sitesafe-cli check”；备份和服务器上的数据不受影响。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The data file cannot be written while %1 (%2). Check that the folder is writable.</source>
        <translation>%1时无法写入数据文件（%2）。请检查文件夹是否可写。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The data file is busy while %1: another SiteSafe window or program is writing. Try again.</source>
        <translation>%1时数据文件正忙：另一个工地安全巡检窗口或程序正在写入，请重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not allowed while %1: %2</source>
        <translation>%1时不允许此操作：%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The data is inconsistent while %1 (%2).</source>
        <translation>%1时发现数据不一致（%2）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A database error occurred while %1: %2</source>
        <translation>%1时发生数据库错误：%2</translation>
    </message>
</context>
<context>
    <name>StoreBackup</name>
    <message>
        <location filename="../../src/storage/storebackup.cpp" line="+89"/>
        <source>stopped</source>
        <translation>已停止</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The backup could not be written to %1 (%2). Nothing in the data folder was changed. Check that the folder exists, is writable and has free space.</source>
        <translation>备份未能写入 %1（%2）。数据文件夹未作任何改动。请确认目标文件夹存在、可写且有剩余空间。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a usable SiteSafe backup (%2). Nothing was changed. Choose another backup file.</source>
        <translation>%1 不是可用的工地安全巡检备份（%2）。数据未作任何改动。请选择其他备份文件。</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>There is no SiteSafe database at %1 to back up.</source>
        <translation>%1 处没有可备份的工地安全巡检数据库。</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>the copy could not be synced to disk</source>
        <translation>副本未能写入磁盘</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the finished copy could not be renamed</source>
        <translation>完成的副本无法重命名</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no such file</source>
        <translation>文件不存在</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>damaged: %1</source>
        <translation>已损坏：%1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>it is not a SiteSafe database</source>
        <translation>它不是工地安全巡检的数据库</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The backup %1 was made by a newer SiteSafe (schema %2; this program knows up to %3). Nothing was changed. Install the newer SiteSafe to restore it.</source>
        <translation>备份 %1 由更新版本的工地安全巡检生成（数据结构版本 %2；本程序最高支持 %3）。数据未作任何改动。请安装新版本后再恢复。</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+10"/>
        <source>The data folder&apos;s database could not be read (%1).</source>
        <translation>无法读取数据文件夹中的数据库（%1）。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The data folder&apos;s database cannot be read (%1); it may be damaged. Nothing was changed. Restore with --force: the damaged database is then kept aside as it is.</source>
        <translation>数据文件夹的数据库无法读取（%1），可能已损坏。未做任何更改。请使用 --force 恢复：损坏的数据库将原样另存在旁。</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n change(s) made here have not been sent to the server and are not in this backup: restoring would lose them. Nothing was changed. Sync first, or restore with --force (the current database is then kept aside, with those changes in it).</source>
        <translation>
            <numerusform>本机有 %n 项修改尚未上传到服务器，且不在此备份中：恢复将丢失这些修改。数据未作任何改动。请先同步，或使用 --force 恢复（当前数据库将另行保留，其中包含这些修改）。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The data folder is in use (%1). Close SiteSafe and try again; nothing was changed.</source>
        <translation>数据文件夹正在使用中（%1）。请关闭工地安全巡检后重试；数据未作任何改动。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the current database could not be set aside</source>
        <translation>当前数据库无法另行保留</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the restored database could not be put in place</source>
        <translation>恢复的数据库无法放到位</translation>
    </message>
</context>
<context>
    <name>StoreCheck</name>
    <message>
        <location filename="../../src/storage/storecheck.cpp" line="+44"/>
        <source>The database cannot be checked: %1</source>
        <translation>无法检查数据库：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Integrity: %1</source>
        <translation>完整性：%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Broken reference: a row of %1 points to a missing row of %2.</source>
        <translation>引用断裂：%1 中有记录指向 %2 中不存在的记录。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The sync switch was left on: local edits would not be queued.</source>
        <translation>同步开关未复位：本地修改将不会进入待同步队列。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 unsynced hazards have no queued change: they would never reach the server.</source>
        <translation>有 %1 条未同步的隐患没有待同步记录：它们将无法上传到服务器。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Hazard states cannot be checked: %1</source>
        <translation>无法检查隐患状态：%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hazard %1 shows status “%2” but its events say otherwise.</source>
        <translation>隐患 %1 显示状态为“%2”，但与其处置记录不符。</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>… and %1 more hazards with a stale status.</source>
        <translation>……另有 %1 条隐患状态未更新。</translation>
    </message>
</context>
<context>
    <name>SyncAttentionReader</name>
    <message>
        <location filename="../../src/storage/syncattentionreader.cpp" line="+21"/>
        <source>counting the changes not yet synced</source>
        <translation>统计尚未同步的修改</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="+38"/>
        <source>A sync is already running; this one was merged into it.</source>
        <translation>已有一次同步正在进行，本次同步已并入其中。</translation>
    </message>
</context>
<context>
    <name>SyncErrors</name>
    <message>
        <location filename="../../src/sync/syncconnection.cpp" line="+61"/>
        <location line="+19"/>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>renewing the sign-in</source>
        <translation>登录续期</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user name or password is wrong (%1). Nothing was sent; check them and sign in again.</source>
        <translation>用户名或密码错误（%1）。未发送任何内容；请检查后重新登录。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server no longer accepts this sign-in (%1). Sign in again; your unsent work is kept.</source>
        <translation>服务器已不再接受本次登录（%1）。请重新登录；尚未上传的工作会保留。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused %1: %2. Ask the provincial operator to check your account.</source>
        <translation>服务器拒绝了%1请求：%2。请省级管理员核查您的账号。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server keeps this data folder for another account, so nobody else can sign in with it. Nothing was sent. To sign in as a different person, choose a new data folder in Settings.</source>
        <translation>服务器已将此数据文件夹登记给另一个账号，其他人不能用它登录。未发送任何内容。如需以另一人的身份登录，请在“设置”中选择新的数据文件夹。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This computer&apos;s data came back from an older copy, and the server has more of its changes than it knows of. Its unsent changes are numbered again and sent; nothing is lost.</source>
        <translation>本机数据来自较旧的副本，服务器已收到的本机更改比本机记录的多。未发送的更改将重新编号后发送，不会丢失任何内容。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s storage is full, so it could not take %1. Everything stays on this computer and sync will try again; if this lasts a day, tell the provincial operator.</source>
        <translation>服务器存储空间已满，无法完成%1。所有数据仍保存在本机，同步会自动重试；如持续一天以上，请联系省级运维人员。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Too many attempts; the server asks to wait before %1. Try again in a few minutes.</source>
        <translation>尝试次数过多，服务器要求稍候再发送%1请求。请几分钟后重试。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server cannot process %1 right now. Your work is kept on this computer; sync will try again.</source>
        <translation>服务器暂时无法处理%1请求。您的工作已保存在本机，稍后将自动重试同步。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The server refused %1 (HTTP %2): %3. Your work is kept on this computer.</source>
        <translation>服务器拒绝了%1请求（HTTP %2）：%3。您的工作已保存在本机。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This data folder holds the work of %1, so %2 cannot sign in with it: records are sent only under the name of the person who made them. Nothing was sent. Sign in as %1, or choose a new data folder for %2 in Settings.</source>
        <translation>此数据文件夹保存的是 %1 的工作，%2 不能用它登录：记录只能以其制作人的名义发送。未发送任何内容。请以 %1 登录，或在“设置”中为 %2 选择新的数据文件夹。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Sign in to the provincial server to sync. Your unsent work is kept on this computer.</source>
        <translation>请登录省级服务器后再同步。尚未上传的工作已保存在本机。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server&apos;s answer to %1 could not be read. Nothing was changed here; check that the server address points to a SiteSafe server.</source>
        <translation>无法读取服务器对%1请求的应答。本机数据未作任何改动；请检查服务器地址是否指向工地安全巡检服务器。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server expects earlier changes of this computer first (%1). Nothing was lost; tell the provincial operator, as this computer&apos;s data may have been restored from an older copy.</source>
        <translation>服务器要求先收到本机更早的修改（%1）。没有任何数据丢失；请告知省级管理员，本机数据可能是从较旧的备份恢复的。</translation>
    </message>
</context>
<context>
    <name>SyncLabels</name>
    <message>
        <location filename="../../src/models/synclabels.cpp" line="+13"/>
        <location line="+33"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Hazard event</source>
        <translation>隐患记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+30"/>
        <source>Inspection</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Checklist answer</source>
        <translation>检查表结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notice</source>
        <translation>通知书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificate check</source>
        <translation>证书核验</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enforcement action</source>
        <translation>执法措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major dangerous situation</source>
        <translation>重大险情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-end summary</source>
        <translation>年度工作总结</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photo or attachment</source>
        <translation>照片或附件</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Criteria edition</source>
        <translation>标准版本</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible enterprise</source>
        <translation>责任单位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible person</source>
        <translation>责任人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment</source>
        <translation>起重机械</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangerous work</source>
        <translation>危大工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Round</source>
        <translation>轮次</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Finished</source>
        <translation>结束时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Caption</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New deadline</source>
        <translation>新期限</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting</source>
        <translation>待发送</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending</source>
        <translation>发送中</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied</source>
        <translation>已生效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied (repeat)</source>
        <translation>已生效（重复）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict</source>
        <translation>冲突</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rejected</source>
        <translation>被拒绝</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+14"/>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>just now</source>
        <translation>刚刚</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>%n 分钟前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n h ago</source>
        <translation>
            <numerusform>%n 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n days ago</source>
        <translation>
            <numerusform>%n 天前</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>SyncPage</name>
    <message>
        <location filename="../../ui/views/syncpage.ui" line="+10"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last successful push:</source>
        <translation>上次成功上传：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last successful pull:</source>
        <translation>上次成功下载：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last run:</source>
        <translation>上次同步：</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>&amp;Resolve…</source>
        <translation>处理(&amp;R)…</translation>
    </message>
</context>
<context>
    <name>SyncProgressDisplay</name>
    <message>
        <location filename="../../src/widgets/syncprogressdisplay.cpp" line="+18"/>
        <source>Connecting to the server…</source>
        <translation>正在连接服务器…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Uploading photos: %1 of %2</source>
        <translation>正在上传照片：%1 / %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uploading photos: %1</source>
        <translation>正在上传照片：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sending changes: %1 of %2</source>
        <translation>正在上传修改：%1 / %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sending changes: %1</source>
        <translation>正在上传修改：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receiving changes: %1 rows</source>
        <translation>正在接收更新：%1 行</translation>
    </message>
</context>
<context>
    <name>SyncStateStore</name>
    <message>
        <location filename="../../src/storage/syncstatestore.cpp" line="+18"/>
        <source>saving the sync position</source>
        <translation>保存同步进度</translation>
    </message>
</context>
<context>
    <name>Tls</name>
    <message>
        <location filename="../../src/sync/tlssettings.cpp" line="+24"/>
        <source>The provincial CA file %1 cannot be read or holds no certificate. Check the file in the settings.</source>
        <translation>无法读取省级 CA 证书文件 %1，或其中没有证书。请检查设置中的该文件。</translation>
    </message>
</context>
<context>
    <name>TodayPage</name>
    <message>
        <location filename="../../ui/views/todaypage.ui" line="+12"/>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Full coverage: projects under construction with a signed inspection of the round in the campaign, per city/county</source>
        <translation>全覆盖：按市县统计，在建项目中于治理行动期内已有本轮已签字检查的项目所占比例</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Double-click an entry (or press Enter) to open the record.</source>
        <translation>双击条目（或按回车键）打开对应记录。</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../../src/storage/transaction.cpp" line="+18"/>
        <source>saving</source>
        <translation>保存</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Part of the change failed, so none of it was saved.</source>
        <translation>部分修改失败，因此所有修改均未保存。</translation>
    </message>
</context>
<context>
    <name>ViolationTypes</name>
    <message>
        <location filename="../../src/core/violationtypes.cpp" line="+77"/>
        <source>Construction without approval (未批先建)</source>
        <translation>未批先建</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction without approved drawings (无图施工)</source>
        <translation>无图施工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Two sets of drawings (阴阳图纸)</source>
        <translation>阴阳图纸</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Arbitrarily compressed schedule</source>
        <translation>任意压缩合理工期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bid rigging (围标串标)</source>
        <translation>围标串标</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismembered contracting (肢解发包)</source>
        <translation>肢解发包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal transfer of the contract (转包)</source>
        <translation>转包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Working under another firm&apos;s qualification (挂靠)</source>
        <translation>挂靠</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Illegal subcontracting (违法分包)</source>
        <translation>违法分包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Work beyond the qualification</source>
        <translation>超越资质等级承揽工程</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key staff not at their posts</source>
        <translation>关键岗位人员不到岗履职</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard not rectified by the deadline</source>
        <translation>隐患逾期未整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Breach of mandatory safety standards</source>
        <translation>违反安全生产强制性标准</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident concealed (瞒报)</source>
        <translation>瞒报事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident falsely reported (谎报)</source>
        <translation>谎报事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident reported late (迟报)</source>
        <translation>迟报事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident report omitted (漏报)</source>
        <translation>漏报事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other violation</source>
        <translation>其他违法行为</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Basic construction procedure</source>
        <translation>基本建设程序</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contracting and subcontracting</source>
        <translation>工程发包与承包</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Production safety</source>
        <translation>安全生产</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accident reporting</source>
        <translation>事故报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Construction Law art. 7: works need a construction permit before they start.</source>
        <translation>《建筑法》第七条：建筑工程开工前须领取施工许可证。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulation on Quality Management of Construction Projects art. 11: construction drawings must pass review before use.</source>
        <translation>《建设工程质量管理条例》第十一条：施工图设计文件须经审查合格后方可使用。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regulation on Quality Management of Construction Projects art. 11 and 28: build only to the reviewed drawings.</source>
        <translation>《建设工程质量管理条例》第十一条、第二十八条：须按审查合格的施工图施工。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Regulation on Work Safety of Construction Projects art. 7: the owner must not compress the reasonable contract period.</source>
        <translation>《建设工程安全生产管理条例》第七条：建设单位不得压缩合同约定的工期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bidding Law art. 32 and 53: bidders must not collude.</source>
        <translation>《招标投标法》第三十二条、第五十三条：投标人不得相互串通投标。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Construction Law art. 24: the owner must not split the works among contractors.</source>
        <translation>《建筑法》第二十四条：建设单位不得将建筑工程肢解发包。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Construction Law art. 28: the contractor must not pass the whole works on.</source>
        <translation>《建筑法》第二十八条：承包单位不得将其承包的全部建筑工程转包给他人。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Construction Law art. 26 and 66: a firm must not lend its name or qualification.</source>
        <translation>《建筑法》第二十六条、第六十六条：企业不得以任何形式出借本企业名义或资质。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Construction Law art. 29: subcontracting needs the owner&apos;s consent and a qualified subcontractor; the main structure is never subcontracted.</source>
        <translation>《建筑法》第二十九条：分包须经建设单位认可并分包给具有相应资质的单位；主体结构不得分包。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Construction Law art. 26 and 65: a firm works only within its qualification grade.</source>
        <translation>《建筑法》第二十六条、第六十五条：企业只能在其资质等级许可的范围内承揽工程。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulation on Work Safety of Construction Projects art. 21 and 23: the project manager and the full-time safety officers are on site.</source>
        <translation>《建设工程安全生产管理条例》第二十一条、第二十三条：项目负责人和专职安全生产管理人员须在岗履职。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Work Safety Law art. 102: a hazard not eliminated as ordered is fined and the work stopped.</source>
        <translation>《安全生产法》第一百零二条：未按责令要求消除事故隐患的，予以罚款并责令停止施工。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulation on Work Safety of Construction Projects art. 62 to 65.</source>
        <translation>《建设工程安全生产管理条例》第六十二条至第六十五条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulation on Reporting of Work Safety Accidents (State Council order 493) art. 36.</source>
        <translation>《生产安全事故报告和调查处理条例》（国务院令第493号）第三十六条。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Regulation on Reporting of Work Safety Accidents (State Council order 493) art. 35.</source>
        <translation>《生产安全事故报告和调查处理条例》（国务院令第493号）第三十五条。</translation>
    </message>
</context>
<context>
    <name>VoidHazardCommand</name>
    <message>
        <location filename="../../src/widgets/commands/voidhazardcommand.cpp" line="+9"/>
        <source>Void hazard</source>
        <translation>作废隐患</translation>
    </message>
</context>
<context>
    <name>XlsxLibrary</name>
    <message>
        <location filename="../../src/reports/xlsxlibrary.cpp" line="+26"/>
        <source>Writing XLSX files needs the library %1 (Debian package libxlsxwriter4), which could not be loaded: %2. Install it, or export CSV instead.</source>
        <translation>写入 XLSX 文件需要程序库 %1（Debian 软件包 libxlsxwriter4），但无法加载：%2。请安装该软件包，或改为导出 CSV。</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The library %1 is not the libxlsxwriter SiteSafe was built with (it lacks %2). Install the Debian package libxlsxwriter4, or export CSV instead.</source>
        <translation>程序库 %1 不是 SiteSafe 构建时所用的 libxlsxwriter（缺少 %2）。请安装 Debian 软件包 libxlsxwriter4，或改为导出 CSV。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="+41"/>
        <source>SiteSafe desktop client: construction-safety inspection, offline first.</source>
        <translation>工地安全巡检桌面客户端：离线优先的施工安全监督检查工具。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Data folder to open (default: the one in Settings, else %1).</source>
        <translation>要打开的数据文件夹（默认：设置中的文件夹，否则为 %1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>DIR</source>
        <translation>文件夹</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial server to sync with (remembered in the data folder).</source>
        <translation>要同步的省级服务器（保存在数据文件夹中）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URL</source>
        <translation>地址</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User name to sign in with; the password comes from SITESAFE_PASSWORD when set (demo), else the sign-in dialog.</source>
        <translation>登录使用的用户名；设置了 SITESAFE_PASSWORD 时从中读取密码（演示用），否则在登录对话框中输入。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NAME</source>
        <translation>用户名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Provincial CA certificate (PEM) to trust besides the system CAs.</source>
        <translation>在系统 CA 之外额外信任的省级 CA 证书（PEM）。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILE</source>
        <translation>文件</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Work as if today were DATE (YYYY-MM-DD; demo and debugging): deadlines and overdue hazards are judged on that day. Default: today in China time.</source>
        <translation>按指定日期工作（YYYY-MM-DD，用于演示和调试）：整改期限和逾期隐患按该日判断。默认：北京时间的今天。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>DATE</source>
        <translation>日期</translation>
    </message>
    <message>
        <location line="+53"/>
        <location line="+2"/>
        <location line="+14"/>
        <location line="+36"/>
        <location line="+8"/>
        <location line="+18"/>
        <source>SiteSafe</source>
        <translation>工地安全巡检</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>SiteSafe is already open on %1; its window was brought to the front.</source>
        <translation>工地安全巡检已在 %1 上打开；已将其窗口调到最前。</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>--today expects a date as YYYY-MM-DD, not “%1”.</source>
        <translation>--today 需要 YYYY-MM-DD 格式的日期，而不是“%1”。</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Automatic backup failed: %1</source>
        <translation>自动备份失败：%1</translation>
    </message>
</context>
<context>
    <name>sitesafe::AnnualSummaryPage</name>
    <message>
        <location filename="../../src/widgets/views/annualsummarypage.cpp" line="+46"/>
        <source>Save &amp;draft</source>
        <translation>保存草稿(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the text written so far; it syncs, so a colleague can continue it</source>
        <translation>保存已填写的正文；草稿会同步，同事可在其他电脑上继续编写</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Submit summary…</source>
        <translation>报送总结(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year or campaign:</source>
        <translation>年度或专项行动：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City/county:</source>
        <translation>市县：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write the year&apos;s work here: what was done, the main problems found, how they were rectified, and next year&apos;s plan. One paragraph per line.</source>
        <translation>在此填写全年工作情况：主要工作、发现的主要问题、整改情况及下一年度工作计划。每段一行。</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save draft</source>
        <translation>保存草稿</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>Submit summary</source>
        <translation>报送总结</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Submit the %1 summary of %2 to the province with the figures and text shown? It is sent at the next sync; submitting again later replaces it.</source>
        <translation>将 %2 的 %1 工作总结（含所示数据和正文）报送省厅？将在下次同步时发送；之后再次报送会替换本次内容。</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Submitted %1, after 31 December: late (迟报).</source>
        <translation>已于 %1 报送，晚于12月31日：迟报。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted %1.</source>
        <translation>已于 %1 报送。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Draft saved; not submitted. Due by %1.</source>
        <translation>草稿已保存，尚未报送。报送截止：%1。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not written yet. Due by %1.</source>
        <translation>尚未编写。报送截止：%1。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It is overdue.</source>
        <translation>已逾期。</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+9"/>
        <source>The summary is still being computed; try again in a moment.</source>
        <translation>工作总结仍在计算中，请稍后再试。</translation>
    </message>
</context>
<context>
    <name>sitesafe::BlobDownloader</name>
    <message>
        <location filename="../../src/sync/blobdownloader.cpp" line="-239"/>
        <source>downloading photos</source>
        <translation>照片下载</translation>
    </message>
</context>
<context>
    <name>sitesafe::BlobUploader</name>
    <message>
        <location filename="../../src/sync/blobuploader.cpp" line="+17"/>
        <source>uploading photos</source>
        <translation>照片上传</translation>
    </message>
</context>
<context>
    <name>sitesafe::CertificateCheckDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/certificatecheckdialog.cpp" line="+48"/>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>已过期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Belongs to another person or enterprise</source>
        <translation>人证不符</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not on the roster</source>
        <translation>库中无此证</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot be verified</source>
        <translation>无法核验</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Check a certificate</source>
        <translation>证照验真</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Certificate code</source>
        <translation>证书二维码</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Drop a picture of the certificate&apos;s QR code here</source>
        <translation>将证书二维码的图片拖放到此处</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Load picture…</source>
        <translation>载入图片(&amp;L)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…or paste the text of the code, or type the certificate number</source>
        <translation>……或粘贴二维码的文本，或输入证书编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check &amp;text</source>
        <translation>核验文本(&amp;T)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The holder of record</source>
        <translation>证照库登记的持证人</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Presented by:</source>
        <translation>出示人：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict</source>
        <translation>核验结论</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing checked yet</source>
        <translation>尚未核验</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;b&gt;Roster record&lt;/b&gt;</source>
        <translation>&lt;b&gt;证照库记录&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Record check</source>
        <translation>登记核验结果(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;hazard…</source>
        <translation>登记隐患(&amp;H)…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Picture of a certificate&apos;s QR code</source>
        <translation>证书二维码图片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pictures (*.png *.jpg *.jpeg *.heic *.bmp)</source>
        <translation>图片 (*.png *.jpg *.jpeg *.heic *.bmp)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading the code in %1…</source>
        <translation>正在识别 %1 中的二维码…</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Number</source>
        <translation>证书编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>证书类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Holder</source>
        <translation>持证人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enterprise</source>
        <translation>所在企业</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issuer</source>
        <translation>发证机关</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Issued on</source>
        <translation>发证日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Valid until</source>
        <translation>有效期至</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-certificate code</source>
        <translation>电子证照码</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No roster record.</source>
        <translation>证照库中无记录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Proposed major hazard (%1): %2</source>
        <translation>拟判定为重大事故隐患（%1）：%2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Check recorded at %1.</source>
        <translation>已于 %1 登记核验结果。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Record hazard</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record this major hazard?

%1</source>
        <translation>登记此重大事故隐患？

%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Hazard recorded (%1).</source>
        <translation>已登记隐患（%1）。</translation>
    </message>
</context>
<context>
    <name>sitesafe::ChecklistItemPanel</name>
    <message>
        <location filename="../../src/widgets/views/checklistitempanel.cpp" line="+37"/>
        <location line="+101"/>
        <source>⚠ Wording not verified against the official text.</source>
        <translation>⚠ 待核：用词未与官方文本核对。</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Pass (P)</source>
        <translation>符合（P）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fail (F)</source>
        <translation>不符合（F）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not applicable (N)</source>
        <translation>不适用（N）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Note (Enter in the list; Esc returns):</source>
        <translation>备注（在列表中按回车键进入；按 Esc 返回）：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>JGJ 59 deduction</source>
        <translation>JGJ 59 扣分</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Deduct</source>
        <translation>扣分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The catalog has no deduction rule for this item yet: enter the points.</source>
        <translation>目录中尚无该项目的扣分规则：请输入扣分值。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rule:</source>
        <translation>扣分规则：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points:</source>
        <translation>扣分值：</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Record a hazard for this item… (H)</source>
        <translation>为该项登记隐患…（H）</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 · article %2 %3</source>
        <translation>%1 · 第%2条 %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 · %2 (%3 points)</source>
        <translation>%1 · %2（%3 分）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>⚠ Points not verified against the standard.</source>
        <translation>⚠ 待核：分值未与标准核对。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Signs (any one, not handled):</source>
        <translation>征兆（出现任一且未及时处理）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not answered</source>
        <translation>未作答</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Points typed below</source>
        <translation>手动输入扣分值（见下方）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (−%2)</source>
        <translation>%1（−%2）</translation>
    </message>
</context>
<context>
    <name>sitesafe::ChecklistModel</name>
    <message>
        <location filename="../../src/models/checklistmodel.cpp" line="+46"/>
        <source>This inspection is not in the data folder.</source>
        <translation>该检查记录不在数据文件夹中。</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>Pass</source>
        <translation>符合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fail</source>
        <translation>不符合</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not applicable</source>
        <translation>不适用</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The wording of this item is not verified against the official text.</source>
        <translation>该项用词未与官方文本核对。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The points of this item are not verified against the standard.</source>
        <translation>该项分值未与标准核对。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 [wording uncertain]</source>
        <translation>%1 [用词待核]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 [points unverified]</source>
        <translation>%1 [分值待核]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>−%1 of %2</source>
        <translation>−%1 / %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Item</source>
        <translation>编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check</source>
        <translation>检查内容</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Answer</source>
        <translation>答案</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Points</source>
        <translation>分值</translation>
    </message>
</context>
<context>
    <name>sitesafe::ChecklistRunner</name>
    <message>
        <location filename="../../src/widgets/views/checklistrunner.cpp" line="+101"/>
        <source>General hazard… (G)</source>
        <translation>一般隐患…（G）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Submit</source>
        <translation>提交</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sign…</source>
        <translation>签字…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Answer the item first (P, F or N): a note belongs to an answer.</source>
        <translation>请先对该项作答（P、F 或 N）：备注须附于答案。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Answer the item first (P, F or N).</source>
        <translation>请先对该项作答（P、F 或 N）。</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 · %2 · %3 · inspectors %4</source>
        <translation>%1 · %2 · %3 · 检查人员 %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+105"/>
        <source>This inspection is signed and can no longer be changed. To correct it, make an amendment.</source>
        <translation>该检查已签字，不能再修改。如需更正，请进行补正检查。</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>%1 / %2 answered</source>
        <translation>已答 %1 / %2</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>%1: answer withdrawn</source>
        <translation>%1：已撤回答案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1 failed: deduct points in the panel, or press H to record a general hazard.</source>
        <translation>%1 不符合：请在面板中扣分，或按 H 登记一般隐患。</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Hazard recorded.</source>
        <translation>已登记隐患。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Submit inspection</source>
        <translation>提交检查</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n item(s) are not answered yet. Submit the inspection anyway?</source>
        <translation>
            <numerusform>还有 %n 项未作答。仍要提交该检查吗？</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Inspection submitted. It can be signed now.</source>
        <translation>检查已提交，现在可以签字。</translation>
    </message>
</context>
<context>
    <name>sitesafe::ConflictDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/conflictdialog.cpp" line="+24"/>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;：%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” was changed on this computer and on the server since the last sync (found %2). The server&apos;s value is in effect until you choose.</source>
        <translation>自上次同步以来，“%1”在本机和服务器上都被修改过（发现于 %2）。在您选择之前，以服务器的值为准。</translation>
    </message>
</context>
<context>
    <name>sitesafe::ConflictListModel</name>
    <message>
        <location filename="../../src/models/conflictlistmodel.cpp" line="+84"/>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Detected</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your value</source>
        <translation>您的值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s value</source>
        <translation>服务器的值</translation>
    </message>
</context>
<context>
    <name>sitesafe::DailyBackup</name>
    <message>
        <location filename="../../src/session/dailybackup.cpp" line="+74"/>
        <source>The backup folder %1 cannot be created.</source>
        <translation>无法创建备份文件夹 %1。</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The backup stopped.</source>
        <translation>备份已停止。</translation>
    </message>
</context>
<context>
    <name>sitesafe::DangerEventFormDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/dangereventformdialog.cpp" line="+41"/>
        <source>New major dangerous situation</source>
        <translation>新增重大险情</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Major dangerous situation</source>
        <translation>重大险情</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The works under way and the workers on site at the time</source>
        <translation>当时正在进行的作业及现场作业人员情况</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Possible and actual harm: neighbouring buildings, pipes, roads</source>
        <translation>可能造成及已造成的危害：周边建筑物、管线、道路</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers were evacuated</source>
        <translation>已撤离作业人员</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Emergency measures and their result</source>
        <translation>采取的应急措施及其效果</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occurred</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;art of the works</source>
        <translation>工程部位(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>险情类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Situation on site</source>
        <translation>现场情况(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;What happened</source>
        <translation>险情经过(&amp;W)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Impact</source>
        <translation>影响(&amp;I)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Response</source>
        <translation>应急处置(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to the &amp;bureau</source>
        <translation>向住建局报告(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National p&amp;latform</source>
        <translation>全国平台(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hazard</source>
        <translation>关联隐患(&amp;H)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
</context>
<context>
    <name>sitesafe::DangerEventListModel</name>
    <message>
        <location filename="../../src/models/dangereventlistmodel.cpp" line="+59"/>
        <source>Evacuated</source>
        <translation>已撤离</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>险情类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Part of the works</source>
        <translation>工程部位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Workers evacuated</source>
        <translation>人员撤离</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reported to the bureau</source>
        <translation>向住建局报告</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazard</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>险情经过</translation>
    </message>
</context>
<context>
    <name>sitesafe::DangerEventsPage</name>
    <message>
        <location filename="../../src/widgets/views/dangereventspage.cpp" line="+14"/>
        <source>&amp;New dangerous situation…</source>
        <translation>新增险情(&amp;N)…</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>%n dangerous situation(s)</source>
        <translation>
            <numerusform>%n 起重大险情</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::DashboardChartView</name>
    <message>
        <location filename="../../src/widgets/views/dashboardchartview.cpp" line="+34"/>
        <source>PNG…</source>
        <translation>导出PNG…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export this chart as a PNG image</source>
        <translation>将此图表导出为 PNG 图片</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+5"/>
        <source>Export chart</source>
        <translation>导出图表</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>PNG images (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The chart could not be written to %1. Choose a folder you can write to.</source>
        <translation>图表无法写入 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export as PNG…</source>
        <translation>导出为 PNG…</translation>
    </message>
</context>
<context>
    <name>sitesafe::DashboardListDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/dashboardlistdialog.cpp" line="+70"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n row(s). Double-click a row to open it.</source>
        <translation>
            <numerusform>共 %n 条。双击一行可打开。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::DashboardPage</name>
    <message numerus="yes">
        <location filename="../../src/widgets/views/dashboardpage.cpp" line="+80"/>
        <source>Last %n month(s)</source>
        <translation>
            <numerusform>最近 %n 个月</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>City/county:</source>
        <translation>市县：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period:</source>
        <translation>统计期：</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Computing…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 to %2 · figures as of %3</source>
        <translation>%1 至 %2 · 数据截至 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Under construction</source>
        <translation>在建项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round 1 inspected</source>
        <translation>第一轮已检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round 2 inspected</source>
        <translation>第二轮已检查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>every signed round inspection</source>
        <translation>所有已签署的轮次检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full coverage by city/county (%1): round 1 %2%, round 2 %3%</source>
        <translation>各市县全覆盖检查进度（%1）：第一轮 %2%，第二轮 %3%</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Major hazards by criteria article (top %1)</source>
        <translation>重大事故隐患按判定标准条款分布（前 %1 条）</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+2"/>
        <source>Major hazards</source>
        <translation>重大事故隐患</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Repeat offenders: enterprises with the most major hazards</source>
        <translation>重大事故隐患最多的企业</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Hazard lifecycle: found to closed</source>
        <translation>隐患闭环：从发现到销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Found</source>
        <translation>发现隐患</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rectification rate</source>
        <translation>整改率</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Found, overdue and rectification rate by month</source>
        <translation>按月：发现隐患、逾期与整改率</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Found, overdue and rectification rate by week (last %n week(s))</source>
        <translation>
            <numerusform>按周：发现隐患、逾期与整改率（最近 %n 周）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Week starting on Monday</source>
        <translation>周起始日（周一）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Click a bar or a point to list what it counts; the PNG button or the context menu exports a chart.</source>
        <translation>点击柱或点可列出其统计的明细；用“导出PNG”按钮或右键菜单导出图表。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>overdue</source>
        <translation>逾期</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>rectified</source>
        <translation>已整改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Level</source>
        <translation>等级</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+42"/>
        <source>Project</source>
        <translation>工程项目</translation>
    </message>
    <message>
        <location line="-42"/>
        <location line="+42"/>
        <source>City/county</source>
        <translation>市县</translation>
    </message>
    <message>
        <location line="-42"/>
        <source>Criterion</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found at</source>
        <translation>发现时间</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Responsible enterprise</source>
        <translation>整改责任单位</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>projects under construction</source>
        <translation>在建项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: projects inspected</source>
        <translation>%1已检查项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2（%3）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit no.</source>
        <translation>施工许可证编号</translation>
    </message>
</context>
<context>
    <name>sitesafe::DemoDatasetProcess</name>
    <message>
        <location filename="../../src/session/demodatasetprocess.cpp" line="+32"/>
        <source>The demo data set could not be made: %1 could not be started (%2). Reinstall SiteSafe, or connect to your server instead.</source>
        <translation>无法生成演示数据：无法启动 %1（%2）。请重新安装工地安全巡检，或改为连接服务器。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The demo data set could not be made: sitesafe-cli was not found beside this program. Reinstall SiteSafe, or connect to your server instead.</source>
        <translation>无法生成演示数据：在本程序旁找不到 sitesafe-cli。请重新安装工地安全巡检，或改为连接服务器。</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The demo data set could not be made: %1</source>
        <translation>无法生成演示数据：%1</translation>
    </message>
</context>
<context>
    <name>sitesafe::DiagnosticsExport</name>
    <message>
        <location filename="../../src/widgets/diagnosticsexport.cpp" line="+31"/>
        <location line="+7"/>
        <source>Export diagnostics</source>
        <translation>导出诊断信息</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>Zip archive (*.zip)</source>
        <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>A diagnostics export is already running; wait for it to finish.</source>
        <translation>诊断信息正在导出，请等待完成。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The export stopped.</source>
        <translation>导出已中止。</translation>
    </message>
</context>
<context>
    <name>sitesafe::EnforcementFormDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/enforcementformdialog.cpp" line="+45"/>
        <source>New enforcement action</source>
        <translation>新增执法措施</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enforcement action</source>
        <translation>执法措施</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+96"/>
        <location line="+4"/>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>e.g. 海口建罚决字〔2026〕12号</source>
        <translation>例如：海口建罚决字〔2026〕12号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> × 10,000 yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The deciding authority or official</source>
        <translation>作出决定的机关或人员</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Enterprise</source>
        <translation>企业(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pe&amp;rson</source>
        <translation>人员(&amp;R)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Hazards answered</source>
        <translation>针对的隐患(&amp;H)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action</source>
        <translation>执法措施(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Violation</source>
        <translation>违法行为(&amp;V)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Document &amp;no.</source>
        <translation>文号(&amp;N)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;mount</source>
        <translation>金额(&amp;M)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Points &amp;deducted</source>
        <translation>扣分(&amp;D)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided &amp;on</source>
        <translation>决定日期(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided &amp;by</source>
        <translation>决定机关(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;te</source>
        <translation>备注(&amp;T)</translation>
    </message>
</context>
<context>
    <name>sitesafe::EnforcementListModel</name>
    <message>
        <location filename="../../src/models/enforcementlistmodel.cpp" line="+60"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 points</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 × 10,000 yuan</source>
        <translation>%1 万元</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Decided on</source>
        <translation>决定日期</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Addressed to</source>
        <translation>处理对象</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>执法措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Violation</source>
        <translation>违法行为</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document no.</source>
        <translation>文号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount / points</source>
        <translation>金额 / 扣分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decided by</source>
        <translation>决定机关</translation>
    </message>
</context>
<context>
    <name>sitesafe::EnforcementPage</name>
    <message>
        <location filename="../../src/widgets/views/enforcementpage.cpp" line="+13"/>
        <source>&amp;New enforcement action…</source>
        <translation>新增执法措施(&amp;N)…</translation>
    </message>
    <message numerus="yes">
        <location line="+32"/>
        <source>%n enforcement action(s)</source>
        <translation>
            <numerusform>%n 条执法记录</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::EvidenceStrip</name>
    <message>
        <location filename="../../src/widgets/views/evidencestrip.cpp" line="+62"/>
        <source>Drop photo files here, or use “Add photos…”.</source>
        <translation>将照片文件拖放到此处，或使用“添加照片…”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 of %2: %3</source>
        <translation>%1 / %2：%3</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Adding photos was stopped; %n photo(s) were added before that.</source>
        <translation>
            <numerusform>已停止添加照片；此前已添加 %n 张照片。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+58"/>
        <source>Adding %n photo(s)…</source>
        <translation>
            <numerusform>正在添加 %n 张照片…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Add photos</source>
        <translation>添加照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC *.HEIF);;All files (*)</source>
        <translation>照片 (*.jpg *.jpeg *.png *.heic *.heif *.JPG *.JPEG *.PNG *.HEIC *.HEIF);;所有文件 (*)</translation>
    </message>
</context>
<context>
    <name>sitesafe::FiguresTable</name>
    <message>
        <location filename="../../src/widgets/views/figurestable.cpp" line="+14"/>
        <source>Figure</source>
        <translation>指标</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value</source>
        <translation>数值</translation>
    </message>
</context>
<context>
    <name>sitesafe::FirstRunDemoPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/firstrundemopage.cpp" line="+45"/>
        <source>Preparing the demo data set…</source>
        <translation>正在准备演示数据…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Writing the demo data set: %1 rows</source>
        <translation>正在写入演示数据：%1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Building the search index…</source>
        <translation>正在建立搜索索引…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Drawing the notices: %1 of %2</source>
        <translation>正在生成文书：%1 / %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Demo data set</source>
        <translation>演示数据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiteSafe fills this data folder with a fictional Hainan data set: about 320 projects with their inspections, hazards and notices. To work for real later, choose a new, empty data folder in Settings.</source>
        <translation>工地安全巡检将在此数据文件夹中写入一套虚构的海南数据：约 320 个项目及其检查、隐患和文书。以后正式使用时，请在“设置”中另选一个新的空数据文件夹。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The demo data set is ready. Press Finish to open it.</source>
        <translation>演示数据已准备好。按“完成”打开。</translation>
    </message>
</context>
<context>
    <name>sitesafe::FirstRunProgressPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/firstrunprogresspage.cpp" line="+86"/>
        <source>Try &amp;again</source>
        <translation>重试(&amp;A)</translation>
    </message>
</context>
<context>
    <name>sitesafe::FirstRunServerPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/firstrunserverpage.cpp" line="+134"/>
        <source>Provincial CA certificate</source>
        <translation>省级 CA 证书</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Provincial server</source>
        <translation>省级服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter what your bureau&apos;s administrator gave you. The password goes to the server only and is never saved on this computer.</source>
        <translation>请填写本局管理员提供的信息。密码只发送给服务器，不会保存在本机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Server &amp;address:</source>
        <translation>服务器地址(&amp;A)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate:</source>
        <translation>CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty: trust only the system certificates</source>
        <translation>留空：只信任系统证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key &amp;pins:</source>
        <translation>密钥指纹(&amp;P)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Optional: base64 SHA-256 of the server&apos;s public key, several separated by spaces</source>
        <translation>可选：服务器公钥的 base64 SHA-256，多个用空格分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User name:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>密码(&amp;W)：</translation>
    </message>
</context>
<context>
    <name>sitesafe::FirstRunSnapshotPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/firstrunsnapshotpage.cpp" line="+30"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Downloading again…</source>
        <translation>正在重新下载…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 Press Back to correct the address, the certificate or the password.</source>
        <translation>%1 请按“上一步”更正地址、证书或密码。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signed in. Downloading the projects, hazards and checklists of your jurisdiction…</source>
        <translation>已登录。正在下载本辖区的项目、隐患和检查表…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The download stopped: %1 What arrived is kept; Try again goes on from there.</source>
        <translation>下载中断：%1 已收到的数据会保留；“重试”将从中断处继续。</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>First download</source>
        <translation>首次下载</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SiteSafe signs in and downloads what your jurisdiction holds. This can take a few minutes; keep the computer connected until it is done.</source>
        <translation>工地安全巡检将登录并下载本辖区的数据。这可能需要几分钟；完成前请保持联网。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ready: %1 rows downloaded. Press Finish to start working.</source>
        <translation>就绪：已下载 %1 行。按“完成”开始工作。</translation>
    </message>
</context>
<context>
    <name>sitesafe::FirstRunWelcomePage</name>
    <message>
        <location filename="../../src/widgets/dialogs/firstrunwelcomepage.cpp" line="+82"/>
        <source>Welcome to SiteSafe</source>
        <translation>欢迎使用工地安全巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set this computer up for construction-safety inspections. Everything can be changed later in Settings.</source>
        <translation>为施工安全检查设置本机。所有选项以后都可在“设置”中更改。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How do you want to start?</source>
        <translation>您想如何开始？</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Connect to the provincial server: your bureau gives you its address, its CA certificate and your account</source>
        <translation>连接省级服务器(&amp;C)：由本局提供服务器地址、CA 证书和您的账号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Try the &amp;demo: fictional Hainan projects, hazards and notices; no server needed</source>
        <translation>试用演示数据(&amp;D)：虚构的海南项目、隐患和文书，无需服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Data folder: %1</source>
        <translation>数据文件夹：%1</translation>
    </message>
</context>
<context>
    <name>sitesafe::FirstRunWizard</name>
    <message>
        <location filename="../../src/widgets/dialogs/firstrunwizard.cpp" line="+60"/>
        <source>Set up SiteSafe</source>
        <translation>设置工地安全巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; 上一步(&amp;B)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Next &gt;</source>
        <translation>下一步(&amp;N) &gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Finish</source>
        <translation>完成(&amp;F)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>sitesafe::FolderInstanceChannel</name>
    <message>
        <location filename="../../src/session/folderinstancechannel.cpp" line="+51"/>
        <source>A second start on this data folder cannot bring this window to the front (%1); it will explain instead.</source>
        <translation>在此数据文件夹上再次启动时无法将本窗口调到最前（%1）；将改为给出说明。</translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardActions</name>
    <message>
        <location filename="../../src/widgets/views/hazardactions.cpp" line="+37"/>
        <source>Report rectification…</source>
        <translation>报送整改…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-inspect…</source>
        <translation>复查…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close (销号)…</source>
        <translation>销号…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Extend deadline…</source>
        <translation>延长整改期限…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment…</source>
        <translation>备注…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List for supervision…</source>
        <translation>挂牌督办…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lift supervision…</source>
        <translation>解除督办…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue notice…</source>
        <translation>下达文书…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void…</source>
        <translation>作废…</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Select a hazard first.</source>
        <translation>请先选择一条隐患。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rectification can only be reported while the hazard is open or being rectified (now: %1).</source>
        <translation>只有在隐患已发现或整改中时才能报送整改情况（当前：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Only a hazard that is not yet verified, closed or voided can be re-inspected (now: %1).</source>
        <translation>只有尚未复查合格、销号或作废的隐患才能复查（当前：%1）。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>销号 needs a supervisor (second person): you are signed in as %1 (%2). A supervisor closes the hazard after the re-inspection passed.</source>
        <translation>销号须由监管人员（第二人）办理：您当前的登录身份为 %1（%2）。复查合格后由监管人员办理销号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>销号 needs a passed re-inspection first (now: %1).</source>
        <translation>销号须先复查合格（当前：%1）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The supervision listing (%1) must be lifted before 销号.</source>
        <translation>须先解除%1，才能销号。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>销号 needs a second person: you passed the re-inspection yourself.</source>
        <translation>销号须由第二人办理：该隐患由您本人复查合格。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The deadline of a closed or voided hazard cannot change.</source>
        <translation>已销号或已作废隐患的整改期限不能更改。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The hazard is already voided.</source>
        <translation>该隐患已作废。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Only the province or a city or county supervisor lists hazards for supervision (挂牌督办); you are signed in as %1 (%2).</source>
        <translation>只有省厅或市县监管人员才能挂牌督办隐患；您当前的登录身份为 %1（%2）。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your jurisdiction (%1) is not known on this computer, so the level of a listing is not known. Sync, then try again.</source>
        <translation>本机上没有您所在辖区（%1）的信息，无法确定挂牌督办级别。请同步后重试。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The hazard is not listed for supervision.</source>
        <translation>该隐患未挂牌督办。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A closed or voided hazard cannot be listed for supervision.</source>
        <translation>已销号或已作废的隐患不能挂牌督办。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The hazard is already listed (%1).</source>
        <translation>该隐患已挂牌督办（%1）。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A notice can only be issued while the hazard is open or being rectified.</source>
        <translation>只有在隐患已发现或整改中时才能下达通知书。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>List for %1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The step was not recorded: %1</source>
        <translation>未能记录该操作：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The undo was recorded but has no effect: %1</source>
        <translation>撤销已记录，但未产生效力：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded, but without effect: %1</source>
        <translation>已记录，但未产生效力：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recorded; some photos were not taken: %1</source>
        <translation>已记录；部分照片未能添加：%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Undone: the step is kept in the timeline as withdrawn.</source>
        <translation>已撤销：该操作仍保留在处置记录中，并标记为已撤回。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded: %1.</source>
        <translation>已记录：%1。</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>A deadline extension needs the new date and the reason for it.</source>
        <translation>延长整改期限须填写新的日期及延期理由。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Voiding a hazard needs the reason it was recorded in error.</source>
        <translation>作废隐患须填写误登记的原因。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write the comment first.</source>
        <translation>请先填写备注内容。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Report rectification</source>
        <translation>报送整改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What the responsible party did, and the photos of the rectified site:</source>
        <translation>责任单位采取的整改措施，以及整改后的现场照片：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close (销号)</source>
        <translation>销号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close this hazard after the passed re-inspection. Note (optional):</source>
        <translation>复查合格后对此隐患销号。备注（可选）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Extend deadline</source>
        <translation>延长整改期限</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The new rectification deadline and the reason for the extension (both needed):</source>
        <translation>新的整改期限及延期理由（均为必填）：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Void hazard</source>
        <translation>作废隐患</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why was this hazard recorded in error? (needed; nothing is deleted)</source>
        <translation>为什么此隐患属于误登记？（必填；不会删除任何内容）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comment</source>
        <translation>备注</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Comment:</source>
        <translation>备注：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List this hazard for %1 (挂牌督办). Supervision notice number and requirements:</source>
        <translation>将此隐患列为%1。督办通知书编号及督办要求：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lift supervision</source>
        <translation>解除督办</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why the supervision listing is lifted:</source>
        <translation>解除挂牌督办的原因：</translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardDetailPane</name>
    <message>
        <location filename="../../src/widgets/views/hazarddetailpane.cpp" line="+62"/>
        <source>This wording has not yet been checked against the official text of %1. Check it against the official document before citing it on a notice.</source>
        <translation>该用词尚未与 %1 的官方文本核对。在通知书中引用前，请对照官方文件核对。</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Select a hazard to see its detail.</source>
        <translation>请选择一条隐患查看详情。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Photos</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeline</source>
        <translation>处置记录</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>More</source>
        <translation>更多</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>This hazard is no longer in the data folder.</source>
        <translation>该隐患已不在数据文件夹中。</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>部位</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline set</source>
        <translation>原定整改期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current deadline</source>
        <translation>当前整改期限</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closed</source>
        <translation>已销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Responsible</source>
        <translation>整改责任单位/人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>General hazard: no item of the major-hazard criteria applies.</source>
        <translation>一般隐患：不适用重大事故隐患判定标准条目。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unverified wording</source>
        <translation>用词待核</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Article %1 (%2)</source>
        <translation>第%1条（%2）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Item %1 · %2</source>
        <translation>第(%1)项 · %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Photos (%1)</source>
        <translation>照片（%1）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Timeline (%1 events)</source>
        <translation>处置记录（%1 条）</translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardFormDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/hazardformdialog.cpp" line="+31"/>
        <source>Major hazard</source>
        <translation>重大事故隐患</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>General hazard</source>
        <translation>一般隐患</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Legal basis:</source>
        <translation>判定依据：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>⚠ The wording of this item is not verified against the official text: check it before the notice is issued.</source>
        <translation>⚠ 该项用词未与官方文本核对：下达通知书前请核对。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Standard and clause, e.g. JGJ 59-2011 表B.14 配电箱与开关箱</source>
        <translation>标准及条款，例如 JGJ 59-2011 表B.14 配电箱与开关箱</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Basis:</source>
        <translation>判定依据(&amp;B)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major hazard (重大事故隐患)</source>
        <translation>重大事故隐患</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Level:</source>
        <translation>隐患级别：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Description:</source>
        <translation>隐患描述(&amp;D)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where on site, e.g. 3# 塔吊, 基坑北侧</source>
        <translation>现场部位，例如 3# 塔吊、基坑北侧</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>部位(&amp;L)：</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Measure:</source>
        <translation>处置措施(&amp;M)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>D&amp;eadline:</source>
        <translation>整改期限(&amp;E)：</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Responsible &amp;enterprise:</source>
        <translation>整改责任单位(&amp;E)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Responsible &amp;person:</source>
        <translation>整改责任人(&amp;P)：</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record hazard</source>
        <translation>登记隐患</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>State the basis of this hazard: the standard and clause it breaks.</source>
        <translation>请写明该隐患的判定依据：所违反的标准及条款。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe what was found, so the contractor knows what to rectify.</source>
        <translation>请描述发现的问题，以便施工单位明确整改内容。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the enterprise responsible for the rectification.</source>
        <translation>请选择整改责任单位。</translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardStepDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/hazardstepdialog.cpp" line="+36"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Photos of the rectification</source>
        <translation>整改照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>The reason is needed.</source>
        <translation>须填写原因。</translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardTableModel</name>
    <message>
        <location filename="../../src/models/hazardtablemodel.cpp" line="+55"/>
        <source>The hazard list could not be read (%1). Check the data folder in Settings, or run “sitesafe-cli check”.</source>
        <translation>无法读取隐患列表（%1）。请在设置中检查数据文件夹，或运行“sitesafe-cli check”。</translation>
    </message>
    <message>
        <location line="+274"/>
        <source>%1 · overdue</source>
        <translation>%1 · 已逾期</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1
Location: %2</source>
        <translation>%1
部位：%2</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not yet on the server</source>
        <translation>尚未上传到服务器</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Conflict: choose a value on the Sync page</source>
        <translation>有冲突：请在“同步”页选择取值</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused by the server: see the Sync page</source>
        <translation>服务器拒绝了修改：请查看“同步”页</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No.</source>
        <translation>序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>级别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>隐患描述</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City/county</source>
        <translation>市县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal basis</source>
        <translation>判定依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found</source>
        <translation>发现</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Found by</source>
        <translation>发现人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Measure</source>
        <translation>处置措施</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Supervision listing</source>
        <translation>挂牌督办</translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardTimelineView</name>
    <message>
        <location filename="../../src/widgets/views/hazardtimelineview.cpp" line="+24"/>
        <source>When (Beijing time)</source>
        <translation>时间（北京时间）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>处置环节</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>记录人</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>说明</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence</source>
        <translation>佐证材料</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Time doubtful: the device&apos;s clock jumped, and it had never been compared with the server&apos;s</source>
        <translation>时间存疑：设备时钟发生过跳变，且从未与服务器时间比对</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time doubtful: the device clock was %1 behind the server&apos;s at its last sync, or jumped since</source>
        <translation>时间存疑：上次同步时设备时钟比服务器慢 %1，或此后发生过跳变</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time doubtful: the device clock was %1 ahead of the server&apos;s at its last sync, or jumped since</source>
        <translation>时间存疑：上次同步时设备时钟比服务器快 %1，或此后发生过跳变</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>New deadline %1.</source>
        <translation>新的整改期限：%1。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Superseded: %1</source>
        <translation>未生效：%1</translation>
    </message>
    <message numerus="yes">
        <location line="-12"/>
        <source>%n photo(s)</source>
        <translation>
            <numerusform>%n 张照片</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::HazardsPage</name>
    <message>
        <location filename="../../src/widgets/views/hazardspage.cpp" line="+165"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not closed</source>
        <translation>未销号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting rectification</source>
        <translation>待整改</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Major and general</source>
        <translation>重大和一般</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Major only</source>
        <translation>仅重大隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General only</source>
        <translation>仅一般隐患</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Listed or not</source>
        <translation>不限是否挂牌</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listed for supervision</source>
        <translation>挂牌督办</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any legal basis</source>
        <translation>全部判定依据</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>General hazards (no criterion item)</source>
        <translation>一般隐患（无判定条目）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>全部发现人</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (park)</source>
        <translation>%1（园区）</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Searching…</source>
        <translation>查询中…</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n hazard(s) · %1 ms</source>
        <translation>
            <numerusform>共 %n 条隐患 · %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Project: %1</source>
        <translation>项目：%1</translation>
    </message>
</context>
<context>
    <name>sitesafe::IncidentFormDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/incidentformdialog.cpp" line="+53"/>
        <source>New incident</source>
        <translation>新增事故</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Incident</source>
        <translation>事故</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sub-works or dangerous-works category involved</source>
        <translation>涉及的分部分项工程或危大工程类别</translation>
    </message>
    <message>
        <location line="+14"/>
        <source> × 10,000 yuan</source>
        <translation> 万元</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reported</source>
        <translation>已报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entered</source>
        <translation>已录入</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan started, who led it, measures taken and their result</source>
        <translation>启动的应急预案、负责人、采取的措施及其效果</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Team, report, approval, decisions on units and people</source>
        <translation>调查组、调查报告、批复，以及对有关单位和人员的处理决定</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Dead</source>
        <translation>死亡</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seriously injured</source>
        <translation>重伤</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slightly injured</source>
        <translation>轻伤</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Missing</source>
        <translation>失踪</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The incident</source>
        <translation>事故情况</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Project</source>
        <translation>项目(&amp;P)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Occurred</source>
        <translation>发生时间(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location</source>
        <translation>地点(&amp;L)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;art of the works</source>
        <translation>工程部位(&amp;A)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind</source>
        <translation>事故类型(&amp;K)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>伤亡情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct lo&amp;ss</source>
        <translation>直接经济损失(&amp;S)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>事故等级</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What happened</source>
        <translation>事故经过(&amp;W)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reports and investigation</source>
        <translation>报告与调查</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Unit to bureau (1 h)</source>
        <translation>单位向住建局报告（1 小时）(&amp;U)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National plat&amp;form (48 h)</source>
        <translation>全国平台（48 小时）(&amp;F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Emergency response</source>
        <translation>应急处置(&amp;E)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Cause</source>
        <translation>事故原因(&amp;C)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Investigation</source>
        <translation>事故调查(&amp;I)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Investigation closed o&amp;n</source>
        <translation>调查结案日期(&amp;N)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source> · unit&apos;s report later than 1 hour</source>
        <translation> · 单位报告超过 1 小时</translation>
    </message>
</context>
<context>
    <name>sitesafe::IncidentListModel</name>
    <message>
        <location filename="../../src/models/incidentlistmodel.cpp" line="+102"/>
        <source>Due on the national platform by %1</source>
        <translation>须于 %1 前在全国平台上报</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fatal: not part of the non-fatal incident (非亡人事故) ledger.</source>
        <translation>亡人事故：不纳入非亡人事故台账。</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 dead</source>
        <translation>死亡 %1 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 seriously injured</source>
        <translation>重伤 %1 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 slightly injured</source>
        <translation>轻伤 %1 人</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missing</source>
        <translation>失踪 %1 人</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not reported (over 1 hour)</source>
        <translation>未报告（已超过 1 小时）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not yet</source>
        <translation>尚未报告</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After %1 min (late)</source>
        <translation>事发后 %1 分钟（迟报）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After %1 min</source>
        <translation>事发后 %1 分钟</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Occurred</source>
        <translation>发生时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>事故类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Casualties</source>
        <translation>伤亡情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level</source>
        <translation>事故等级</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit&apos;s report (1 h)</source>
        <translation>单位报告（1 小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>National platform (48 h)</source>
        <translation>全国平台（48 小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>事故经过</translation>
    </message>
</context>
<context>
    <name>sitesafe::IncidentsPage</name>
    <message>
        <location filename="../../src/widgets/views/incidentspage.cpp" line="+19"/>
        <source>&amp;New incident…</source>
        <translation>新增事故(&amp;N)…</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>%1 awaiting the national platform, nearest: %2 left</source>
        <translation>%1 起待全国平台上报，最近时限剩余 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 late (迟报), not reported</source>
        <translation>%1 起迟报，尚未上报</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n incident(s)</source>
        <translation>
            <numerusform>%n 起事故</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::InspectionChecklistPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/inspectionchecklistpage.cpp" line="+25"/>
        <source>Checklists</source>
        <translation>检查表</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The criteria in force on the inspection date and the JGJ 59-2011 score sheets that apply to this project are ticked. Space ticks or unticks the highlighted one.</source>
        <translation>已勾选检查日期施行的判定标准以及适用于本项目的 JGJ 59-2011 评分表。按空格键可勾选或取消勾选当前高亮的项目。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the checklists…</source>
        <translation>正在读取检查表…</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Major-hazard criteria in force on %1: %2, %3, in force since %4.</source>
        <translation>%1 当日施行的重大事故隐患判定标准：%2，%3，自 %4 起施行。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No edition of the major-hazard criteria was in force on %1: this data folder knows none from before that day. Choose score sheets, or check the date.</source>
        <translation>%1 当日没有施行的重大事故隐患判定标准版本：本数据文件夹中没有该日之前的版本。请选择评分表，或核对检查日期。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>JGJ 59-2011 %1 %2</source>
        <translation>JGJ 59-2011 %1 %2</translation>
    </message>
</context>
<context>
    <name>sitesafe::InspectionDetailsPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/inspectiondetailspage.cpp" line="+28"/>
        <source>Kind, date and inspectors</source>
        <translation>检查类型、日期和检查人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What kind of inspection this is, when it takes place, and who carries it out.</source>
        <translation>本次检查的类型、时间以及实施检查的人员。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Full-coverage inspection</source>
        <translation>全覆盖检查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Round 1</source>
        <translation>第一轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round 2</source>
        <translation>第二轮</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The law requires every supervision inspection to be carried out by two or more law-enforcement officers: enter yourself and at least one colleague. You are listed first.</source>
        <translation>依法每次监督检查须由两名以上执法人员实施：请填写您本人和至少一名同事。您列在首位。</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Name of another inspector, then Enter</source>
        <translation>其他检查人员姓名，然后按回车键</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>移除(&amp;R)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Kind:</source>
        <translation>检查类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ound:</source>
        <translation>轮次(&amp;O)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Inspectors:</source>
        <translation>检查人员(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>sitesafe::InspectionListModel</name>
    <message>
        <location filename="../../src/models/inspectionlistmodel.cpp" line="+36"/>
        <source>The inspection list could not be read (%1). Reopen the data folder; if it persists, check it with sitesafe-cli check.</source>
        <translation>无法读取检查列表（%1）。请重新打开数据文件夹；如问题仍然存在，请运行“sitesafe-cli check”检查。</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · amendment</source>
        <translation>%1 · 补正检查</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City/county</source>
        <translation>市县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspectors</source>
        <translation>检查人员</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started</source>
        <translation>开始时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answered / items</source>
        <translation>已答 / 总项数</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazards found</source>
        <translation>发现隐患</translation>
    </message>
</context>
<context>
    <name>sitesafe::InspectionProjectPage</name>
    <message>
        <location filename="../../src/widgets/dialogs/inspectionprojectpage.cpp" line="+23"/>
        <location line="+9"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Type part of the project&apos;s name, its construction permit number or its platform number.</source>
        <translation>输入项目名称、施工许可证号或平台项目编号的一部分。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Project name, permit number or platform number</source>
        <translation>项目名称、施工许可证号或平台项目编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City/county</source>
        <translation>市县</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Platform no.</source>
        <translation>平台项目编号</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>No local project matches. Check the spelling, or sync to fetch new projects.</source>
        <translation>没有匹配的本地项目。请检查拼写，或同步以获取新项目。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The first %1 matches; type more to narrow the list.</source>
        <translation>前 %1 个匹配项；请继续输入以缩小范围。</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n matching project(s)</source>
        <translation>
            <numerusform>%n 个匹配的项目</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::InspectionWorkspace</name>
    <message>
        <location filename="../../src/widgets/views/inspectionworkspace.cpp" line="+37"/>
        <source>Check certificate…</source>
        <translation>证照验真…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scan or paste the QR code of a certificate and check it against the roster (Ctrl+Shift+C)</source>
        <translation>扫描或粘贴证书二维码，并与证照库比对核验（Ctrl+Shift+C）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue notice…</source>
        <translation>下达文书…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a notice for the open hazards this inspection found.</source>
        <translation>为本次检查发现的待整改隐患下达文书。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Make amendment…</source>
        <translation>补正检查…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A signed inspection is never edited: a correction is a new inspection that names it.</source>
        <translation>已签字的检查不可编辑：更正须另建一次补正检查并注明所更正的检查。</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Inspection — %1</source>
        <translation>检查 — %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · signed</source>
        <translation>%1 · 已签字</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Answer the item (P, F or N) to attach photos to it.</source>
        <translation>请先对该项作答（P、F 或 N），再为其附加照片。</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Amendment</source>
        <translation>补正检查</translation>
    </message>
</context>
<context>
    <name>sitesafe::InspectionsPage</name>
    <message>
        <location filename="../../src/widgets/views/inspectionspage.cpp" line="+32"/>
        <source>&amp;New inspection…</source>
        <translation>新建检查(&amp;N)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start an inspection (%1)</source>
        <translation>开始检查（%1）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Search project name, permit number or platform number</source>
        <translation>搜索项目名称、施工许可证号或平台项目编号</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Amendments</source>
        <translation>补正检查</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kind of inspection</source>
        <translation>检查类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>City/county or park</source>
        <translation>市县或园区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message numerus="yes">
        <location line="+55"/>
        <source>%n inspection(s) · %1 ms</source>
        <translation>
            <numerusform>共 %n 次检查 · %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 (park)</source>
        <translation>%1（园区）</translation>
    </message>
</context>
<context>
    <name>sitesafe::IssueNoticeDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/issuenoticedialog.cpp" line="+55"/>
        <source>Issue notice</source>
        <translation>下达文书</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Reading the hazards…</source>
        <translation>正在读取隐患…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Project:</source>
        <translation>项目：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Kind:</source>
        <translation>文书类型(&amp;K)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Partial stop</source>
        <translation>局部停工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total stop</source>
        <translation>全面停工</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parts stopped, e.g. Building 3 formwork, tower crane T2</source>
        <translation>停工部位，例如：3号楼模板工程、T2 塔吊</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Scope:</source>
        <translation>停工范围(&amp;S)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Original notice:</source>
        <translation>原文书(&amp;O)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Hazards:</source>
        <translation>隐患(&amp;H)：</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Recipient:</source>
        <translation>受送达单位(&amp;R)：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rectify by</source>
        <translation>限期整改至</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Deadline:</source>
        <translation>整改期限(&amp;D)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;ecision:</source>
        <translation>处理决定(&amp;E)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;quirements:</source>
        <translation>整改要求(&amp;Q)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Legal basis:</source>
        <translation>法律依据(&amp;L)：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At least two names, separated by commas</source>
        <translation>至少两人，姓名之间用逗号分隔</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Inspectors:</source>
        <translation>检查人员(&amp;I)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issuing cannot be undone: a served notice is a legal document. A notice issued in error is voided with a reason on the Notices page, and its number stays used.</source>
        <translation>下达后不可撤销：已送达的文书具有法律效力。误下达的文书须在“监督文书”页填写原因后作废，其编号仍视为已使用。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Issue</source>
        <translation>下达</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue the notice (Ctrl+Enter)</source>
        <translation>下达文书（Ctrl+Enter）</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Not read</source>
        <translation>读取失败</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> · due %1</source>
        <translation> · 整改期限 %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>(choose the notice answered)</source>
        <translation>（请选择所答复的文书）</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>No number of this kind is left on this computer: sync to receive a new number block before issuing.</source>
        <translation>本机已没有此类文书的可用编号：请先同步获取新的编号段，再下达文书。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n number(s) left on this computer</source>
        <translation>
            <numerusform>本机剩余 %n 个编号</numerusform>
        </translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The hazards are still being read; try again in a moment.</source>
        <translation>仍在读取隐患，请稍后重试。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose the notice this opinion answers.</source>
        <translation>请选择本意见书所答复的文书。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tick at least one hazard for the notice to name.</source>
        <translation>请至少勾选一条文书要列明的隐患。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the enterprise the notice is served on.</source>
        <translation>请选择文书的受送达单位。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A rectification notice needs a deadline: tick Rectify by and pick the day.</source>
        <translation>限期整改通知书须设定整改期限：请勾选“限期整改至”并选择日期。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The deadline %1 has already passed; pick today or a later day.</source>
        <translation>整改期限 %1 已过，请选择今天或之后的日期。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A partial stop names the parts that stop: fill in Scope.</source>
        <translation>局部停工须写明停工部位：请填写“停工范围”。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A notice is issued by at least two inspectors: name both, separated by a comma.</source>
        <translation>文书须由至少两名检查人员下达：请填写两人姓名，用逗号分隔。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the decision the notice serves.</source>
        <translation>请填写文书所送达的处理决定。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No number of this kind is left on this computer. Sync to receive a new number block, then issue the notice.</source>
        <translation>本机已没有此类文书的可用编号。请同步获取新的编号段后再下达文书。</translation>
    </message>
</context>
<context>
    <name>sitesafe::Jgj59ScoreView</name>
    <message>
        <location filename="../../src/widgets/views/jgj59scoreview.cpp" line="+25"/>
        <source>Excellent (优良)</source>
        <translation>优良</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qualified (合格)</source>
        <translation>合格</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unqualified (不合格)</source>
        <translation>不合格</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Guaranteed item %1 scored 0: sheet scores 0</source>
        <translation>保证项目 %1 得 0 分：该表得 0 分</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guaranteed items below 40 (%1 of 60): sheet scores 0</source>
        <translation>保证项目得分不足 40 分（%1 / 60）：该表得 0 分</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>表%1 %2: every item not applicable</source>
        <translation>表%1 %2：所有项目均不适用</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>表%1 %2: &lt;b&gt;%3&lt;/b&gt;</source>
        <translation>表%1 %2：&lt;b&gt;%3&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>: a sheet scored 0</source>
        <translation>：有评分表得 0 分</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>: total below 70</source>
        <translation>：汇总得分不足 70 分</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JGJ 59 total &lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>JGJ 59 汇总得分 &lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
</context>
<context>
    <name>sitesafe::JurisdictionCombo</name>
    <message>
        <location filename="../../src/widgets/jurisdictioncombo.cpp" line="+16"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
</context>
<context>
    <name>sitesafe::LedgerPage</name>
    <message>
        <location filename="../../src/widgets/views/ledgerpage.cpp" line="+35"/>
        <source>Search project name</source>
        <translation>搜索项目名称</translation>
    </message>
</context>
<context>
    <name>sitesafe::LedgerTableModel</name>
    <message>
        <location filename="../../src/models/ledgertablemodel.cpp" line="+68"/>
        <source>The list could not be read (%1). Reopen the data folder; if it persists, check it with sitesafe-cli check.</source>
        <translation>无法读取列表（%1）。请重新打开数据文件夹；如问题仍然存在，请用 sitesafe-cli check 检查。</translation>
    </message>
</context>
<context>
    <name>sitesafe::LedgersPage</name>
    <message>
        <location filename="../../src/widgets/views/ledgerspage.cpp" line="+52"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 XLSX(&amp;X)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>导出 CSV(&amp;C)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the ledger shown as a PDF file</source>
        <translation>将当前台账另存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ledger:</source>
        <translation>台账：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Month (China time):</source>
        <translation>月份（北京时间）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City/county:</source>
        <translation>市县/园区：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>已保存 %1</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Investigation open (未结案)</source>
        <translation>未结案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closed (结案)</source>
        <translation>已结案</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Loading…</source>
        <translation>正在读取…</translation>
    </message>
    <message numerus="yes">
        <location line="-107"/>
        <location line="+127"/>
        <source>%n row(s)</source>
        <translation>
            <numerusform>共 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Reading the whole ledger…</source>
        <translation>正在读取整本台账…</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>The export stopped.</source>
        <translation>导出已中止。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>Export ledger</source>
        <translation>导出台账</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>CSV (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>sitesafe::MainWindow</name>
    <message>
        <location filename="../../src/widgets/mainwindow.cpp" line="+66"/>
        <source>SiteSafe — construction-safety inspection</source>
        <translation>工地安全巡检</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Data: %1</source>
        <translation>数据：%1</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>Today</source>
        <translation>今日</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections</source>
        <translation>检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazards</source>
        <translation>隐患</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notices</source>
        <translation>监督文书</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+114"/>
        <source>Ledgers</source>
        <translation>台账</translation>
    </message>
    <message>
        <location line="-113"/>
        <source>Enforcement</source>
        <translation>执法</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Incidents</source>
        <translation>事故</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangerous situations</source>
        <translation>险情</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dashboard</source>
        <translation>统计</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sync</source>
        <translation>同步</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Monthly report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submissions</source>
        <translation>报送情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Year-end summary</source>
        <translation>年度总结</translation>
    </message>
    <message>
        <location line="+139"/>
        <source>Diagnostics saved to %1</source>
        <translation>诊断信息已保存到 %1</translation>
    </message>
    <message>
        <location line="+138"/>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The new data folder or language takes effect when SiteSafe starts again.</source>
        <translation>新的数据文件夹或界面语言将在工地安全巡检重新启动后生效。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>User guide</source>
        <translation>用户指南</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>About SiteSafe</source>
        <translation>关于工地安全巡检</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;SiteSafe %1&lt;/h3&gt;&lt;p&gt;Construction-safety field inspection for Hainan&apos;s housing and urban-rural development departments. Works offline.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;工地安全巡检 %1&lt;/h3&gt;&lt;p&gt;面向海南省住房和城乡建设部门的建筑施工安全现场巡检工具，可离线工作。&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="-480"/>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Redo</source>
        <translation>重做</translation>
    </message>
</context>
<context>
    <name>sitesafe::MonthlyReportPage</name>
    <message>
        <location filename="../../src/widgets/views/monthlyreportpage.cpp" line="+53"/>
        <source>&amp;Submit report…</source>
        <translation>报送月报(&amp;S)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;XLSX…</source>
        <translation>导出 &amp;XLSX…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report and its three ledgers as a PDF file</source>
        <translation>将月报及三本台账另存为 PDF 文件</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;rint…</source>
        <translation>打印(&amp;R)…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Month (China time):</source>
        <translation>月份（北京时间）：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City/county:</source>
        <translation>市县/园区：</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+7"/>
        <source>Submit report</source>
        <translation>报送月报</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Submit the %1 report of %2 to the province with the figures shown? It is sent at the next sync; submitting again later replaces it.</source>
        <translation>按当前显示的数据向省厅报送%2 %1 月报？月报将在下次同步时发送；之后再次报送会替换本次报送。</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The report is still being computed; try again in a moment.</source>
        <translation>月报仍在计算中，请稍后再试。</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The province&apos;s report: the sum of every city and county. It is not submitted; the Submissions tab shows who has reported.</source>
        <translation>全省月报：各市县数据之和，不单独报送；各市县报送情况见“报送情况”标签。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Submitted %1, after the deadline (before %2): late (迟报).</source>
        <translation>已于 %1 报送，晚于报送期限（%2 前）：迟报。</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Submitted %1, before the deadline (before %2).</source>
        <translation>已于 %1 报送，在报送期限（%2 前）内。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not submitted; it was due before %1 (overdue).</source>
        <translation>尚未报送，应于 %1 前报送（已逾期）。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not submitted yet; due before %1.</source>
        <translation>尚未报送，应于 %1 前报送。</translation>
    </message>
</context>
<context>
    <name>sitesafe::NewInspectionWizard</name>
    <message>
        <location filename="../../src/widgets/dialogs/newinspectionwizard.cpp" line="+22"/>
        <source>New inspection</source>
        <translation>新建检查</translation>
    </message>
</context>
<context>
    <name>sitesafe::NoticeListModel</name>
    <message>
        <location filename="../../src/models/noticelistmodel.cpp" line="+65"/>
        <source>Rectification notice</source>
        <translation>限期整改通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-work rectification notice</source>
        <translation>停工整改通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Resumption opinion</source>
        <translation>复工意见书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re-inspection opinion</source>
        <translation>复查意见书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Supervision notice</source>
        <translation>督办通知书</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enforcement proposal</source>
        <translation>执法建议书</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Issued</source>
        <translation>已下达</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voided</source>
        <translation>已作废</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Refused to sign</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Signed by %1, %2</source>
        <translation>%1 签收，%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet received</source>
        <translation>未签收</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>The notice list could not be read (%1). Reopen the data folder; if it persists, check it with sitesafe-cli check.</source>
        <translation>无法读取文书列表（%1）。请重新打开数据文件夹；如问题仍然存在，请用 sitesafe-cli check 检查。</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Voided: %1</source>
        <translation>已作废：%1</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Kind</source>
        <translation>文书类型</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number</source>
        <translation>文书编号</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued on</source>
        <comment>column: the day the notice was issued</comment>
        <translation>下达日期</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deadline</source>
        <translation>整改期限</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>送达回执</translation>
    </message>
</context>
<context>
    <name>sitesafe::NoticeNumberWarningLabel</name>
    <message>
        <location filename="../../src/widgets/noticenumberwarninglabel.cpp" line="+17"/>
        <source>No %1 numbers are left on this computer; connect and sync before issuing one.</source>
        <translation>本机已没有%1编号；下达前请先联网同步。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Only %n %1 number(s) left on this computer; connect and sync soon.</source>
        <translation>
            <numerusform>本机仅剩 %n 个%1编号，请尽快联网同步。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Notice numbers are running out for %1 kinds of notice; connect and sync soon.</source>
        <translation>有 %1 类文书的编号即将用完；请尽快联网同步。</translation>
    </message>
</context>
<context>
    <name>sitesafe::NoticePrinter</name>
    <message>
        <location filename="../../src/widgets/noticeprinter.cpp" line="+22"/>
        <source>The notice could not be written to %1. Choose a folder you can write to.</source>
        <translation>无法将文书写入 %1。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This computer has no print spooler that takes PDF files. Open the PDF and print it from the PDF viewer.</source>
        <translation>本机没有可接收 PDF 文件的打印队列。请打开 PDF，在 PDF 阅读器中打印。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The notice could not be prepared for printing: the temporary folder is not writable.</source>
        <translation>无法准备打印文书：临时文件夹不可写入。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The notice was sent to the printer.</source>
        <translation>文书已发送到打印机。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The printer refused the notice (%1). Check the printer, or open the PDF and print it from the PDF viewer.</source>
        <translation>打印机拒绝了该文书（%1）。请检查打印机，或打开 PDF 在 PDF 阅读器中打印。</translation>
    </message>
</context>
<context>
    <name>sitesafe::NoticeReceiptDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/noticereceiptdialog.cpp" line="+18"/>
        <source>Record receipt of %1</source>
        <translation>登记 %1 的送达回执</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name of the person who signed for the recipient</source>
        <translation>代表受送达单位签收的人员姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Signed by:</source>
        <translation>签收人(&amp;S)：</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Time:</source>
        <translation>签收时间(&amp;T)：</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The recipient refused to sign</source>
        <translation>受送达人拒绝签收</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Enter who signed for the recipient, or tick that they refused to sign.</source>
        <translation>请填写代表受送达单位签收的人员，或勾选拒绝签收。</translation>
    </message>
</context>
<context>
    <name>sitesafe::NoticesPage</name>
    <message>
        <location filename="../../src/widgets/views/noticespage.cpp" line="+81"/>
        <source>All kinds</source>
        <translation>全部类型</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any status</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not yet received</source>
        <translation>未签收</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refused to sign</source>
        <translation>拒收</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search number, project or recipient</source>
        <translation>搜索文书编号、项目或受送达单位</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind:</source>
        <translation>文书类型：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>&amp;Open PDF</source>
        <translation>打开 PDF(&amp;O)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save PDF &amp;as…</source>
        <translation>PDF 另存为(&amp;A)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;receipt…</source>
        <translation>登记送达回执(&amp;R)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>作废(&amp;V)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A served notice cannot be undone or deleted: voiding keeps its number, with the reason.</source>
        <translation>已送达的文书不能撤销或删除：作废后保留其编号，并记录作废原因。</translation>
    </message>
    <message numerus="yes">
        <location line="+105"/>
        <source>%n notice(s)</source>
        <translation>
            <numerusform>共 %n 份文书</numerusform>
        </translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The notice was voided; its number stays used, with the reason.</source>
        <translation>文书已作废；其编号仍视为已使用，并记录作废原因。</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recorded: the recipient refused to sign.</source>
        <translation>已登记：受送达人拒绝签收。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The receipt was recorded.</source>
        <translation>已登记送达回执。</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The PDF could not be written to %1 (%2). Choose a folder you can write to.</source>
        <translation>无法将 PDF 写入 %1（%2）。请选择有写入权限的文件夹。</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+46"/>
        <source>Saved %1.</source>
        <translation>已保存 %1。</translation>
    </message>
    <message>
        <location line="-33"/>
        <source>No PDF viewer opened the notice. Use Save PDF as… and open the file yourself.</source>
        <translation>没有 PDF 阅读器打开该文书。请使用“PDF 另存为…”保存后自行打开文件。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Save notice PDF</source>
        <translation>保存文书 PDF</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Void %1</source>
        <translation>作废 %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why was this notice issued in error? Voiding cannot be undone; the number stays used, with this reason.</source>
        <translation>为什么此文书属于误下达？作废后不可撤销；编号仍视为已使用，并记录此原因。</translation>
    </message>
</context>
<context>
    <name>sitesafe::OutboxModel</name>
    <message>
        <location filename="../../src/models/outboxmodel.cpp" line="+44"/>
        <location line="+145"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="-141"/>
        <location line="+1"/>
        <source>%1: %2 → %3</source>
        <translation>%1：%2 → %3</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>New record, %n field(s)</source>
        <translation>
            <numerusform>新建记录，%n 个字段</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Changed on both sides</source>
        <translation>双方均有修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changed on both sides: %1</source>
        <translation>双方均有修改：%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server had already applied it</source>
        <translation>服务器此前已接收生效</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>The outbox could not be read (%1). Check the data folder in Settings, or run “sitesafe-cli check”.</source>
        <translation>无法读取待发送队列（%1）。请在设置中检查数据文件夹，或运行“sitesafe-cli check”。</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1
Id: %2</source>
        <translation>%1
编号：%2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Sent %n time(s)</source>
        <translation>
            <numerusform>已发送 %n 次</numerusform>
        </translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change</source>
        <translation>修改内容</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server no.</source>
        <translation>服务器序号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Content hash</source>
        <translation>内容哈希</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>sitesafe::OutboxStatusLabel</name>
    <message>
        <location filename="../../src/widgets/outboxstatuslabel.cpp" line="+20"/>
        <source>Counting changes…</source>
        <translation>正在统计待同步修改…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changes recorded on this computer — click for the Sync page</source>
        <translation>本机记录的修改——点击打开同步页</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>%n change(s) waiting to sync</source>
        <translation>
            <numerusform>%n 条修改待同步</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No changes waiting to be sent</source>
        <translation>没有待上传的修改</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All changes synced</source>
        <translation>所有修改已同步</translation>
    </message>
</context>
<context>
    <name>sitesafe::PhotoStrip</name>
    <message>
        <location filename="../../src/widgets/views/photostrip.cpp" line="+139"/>
        <source>On the server</source>
        <translation>在服务器上</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Only on the server. Double-click to download it.</source>
        <translation>%1
仅在服务器上。双击即可下载。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Downloading…</source>
        <translation>正在下载…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Downloading from the server…</source>
        <translation>%1
正在从服务器下载…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not downloaded</source>
        <translation>未下载</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No preview</source>
        <translation>无法预览</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Double-click to open the photo.</source>
        <translation>%1
双击打开照片。</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>The photo is not on this computer after all. Download it again.</source>
        <translation>本机上仍没有这张照片。请重新下载。</translation>
    </message>
</context>
<context>
    <name>sitesafe::PhotoViewerDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/photoviewerdialog.cpp" line="+75"/>
        <source>Photo</source>
        <translation>照片</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>◀ Previous</source>
        <translation>◀ 上一张</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Previous photo (Left arrow)</source>
        <translation>上一张照片（左方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next ▶</source>
        <translation>下一张 ▶</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next photo (Right arrow)</source>
        <translation>下一张照片（右方向键）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>−</source>
        <translation>−</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom out (-)</source>
        <translation>缩小（-）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+</source>
        <translation>+</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (+)</source>
        <translation>放大（+）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit</source>
        <translation>适应窗口</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the photo in the window (0)</source>
        <translation>缩放照片以适应窗口（0）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100%</source>
        <translation>100%</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One photo pixel per screen pixel (1)</source>
        <translation>按照片像素与屏幕像素 1:1 显示（1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Original</source>
        <translation>原图</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show the untouched original instead of the watermarked copy</source>
        <translation>显示未经处理的原图，而非加水印的副本</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Photo %1 of %2 — %3</source>
        <translation>照片 %1 / %2 — %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Taken: %1 (China time)</source>
        <translation>拍摄时间：%1（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taken: unknown (the photo has no EXIF time)</source>
        <translation>拍摄时间：不明（照片无 EXIF 时间）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added: %1 (China time)</source>
        <translation>添加时间：%1（北京时间）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position: %1</source>
        <translation>位置：%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Position: unknown (no GPS in the photo)</source>
        <translation>位置：不明（照片无 GPS 信息）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No doubts about this photo&apos;s time or place.</source>
        <translation>该照片的时间和地点均无疑点。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>SHA-256:</source>
        <translation>SHA-256：</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Showing the untouched original.</source>
        <translation>正在显示未经处理的原图。</translation>
    </message>
</context>
<context>
    <name>sitesafe::ProjectDetailView</name>
    <message>
        <location filename="../../src/widgets/views/projectdetailview.cpp" line="+58"/>
        <source>Select a project to see its detail.</source>
        <translation>请选择一个项目查看详情。</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>This project is no longer in the data folder.</source>
        <translation>该项目已不在数据文件夹中。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Platform no.</source>
        <translation>平台项目编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Construction permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City/county</source>
        <translation>市县</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>工程地址</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Structure</source>
        <translation>结构类型</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Floor area</source>
        <translation>建筑面积</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 m²</source>
        <translation>%L1 平方米</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract value</source>
        <translation>工程造价</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%L1 × 10,000 yuan</source>
        <translation>%L1 万元</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start / planned completion</source>
        <translation>开工 / 计划竣工</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Progress</source>
        <translation>形象进度</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The safety licence has expired.</source>
        <translation>安全生产许可证已过期。</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 (expired)</source>
        <translation>%1（已过期）</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No certificate on record.</source>
        <translation>没有证书记录。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Not filed</source>
        <translation>未备案</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not registered</source>
        <translation>未办理使用登记</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 (over scale)</source>
        <translation>%1（超过一定规模）</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Participants (%1)</source>
        <translation>参建单位（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key people (%1)</source>
        <translation>关键人员（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Equipment (%1)</source>
        <translation>起重机械（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dangerous works (%1)</source>
        <translation>危大工程（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Inspections (%1)</source>
        <translation>检查记录（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hazards (%1)</source>
        <translation>隐患（%1）</translation>
    </message>
</context>
<context>
    <name>sitesafe::ProjectListModel</name>
    <message>
        <location filename="../../src/models/projectlistmodel.cpp" line="+34"/>
        <source>The project list could not be read (%1).</source>
        <translation>无法读取项目列表（%1）。</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Loading…</source>
        <translation>正在加载…</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+1"/>
        <source>Covered</source>
        <translation>已检查</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <source>Not yet</source>
        <translation>未检查</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Project</source>
        <translation>项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Platform no.</source>
        <translation>平台项目编号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Permit no.</source>
        <translation>施工许可证号</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City/county</source>
        <translation>市县</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Park</source>
        <translation>园区</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round 1</source>
        <translation>第一轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Round 2</source>
        <translation>第二轮</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open hazards</source>
        <translation>未销号隐患</translation>
    </message>
</context>
<context>
    <name>sitesafe::ProjectsPage</name>
    <message>
        <location filename="../../src/widgets/views/projectspage.cpp" line="+40"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Building and municipal</source>
        <translation>房建和市政</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Any coverage</source>
        <translation>全部检查情况</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered in round 1</source>
        <translation>第一轮已检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered in round 1</source>
        <translation>第一轮未检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Covered in round 2</source>
        <translation>第二轮已检查</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not covered in round 2</source>
        <translation>第二轮未检查</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>%n project(s) · %1 ms</source>
        <translation>
            <numerusform>共 %n 个项目 · %1 毫秒</numerusform>
        </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (park)</source>
        <translation>%1（园区）</translation>
    </message>
</context>
<context>
    <name>sitesafe::ReinspectionDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/reinspectiondialog.cpp" line="+24"/>
        <source>Re-inspection (复查)</source>
        <translation>复查</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Original (when found)</source>
        <translation>原照片（发现时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New (now)</source>
        <translation>新照片（当前）</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No photo was taken when the hazard was found.</source>
        <translation>发现隐患时未拍摄照片。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The original photo is only on the server: download it from the hazard&apos;s photos.</source>
        <translation>原照片仅存于服务器：请从隐患照片中下载。</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the photo taken now.</source>
        <translation>请添加现场拍摄的照片。</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add photos…</source>
        <translation>添加照片…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Photos of the re-inspection</source>
        <translation>复查照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.jpg *.jpeg *.png *.heic)</source>
        <translation>图片 (*.jpg *.jpeg *.png *.heic)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Rectified: re-inspection passed</source>
        <translation>已整改：复查合格</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not rectified: re-inspection failed, back to rectification</source>
        <translation>未整改：复查不合格，退回整改</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What was checked; when it failed, what is still wrong</source>
        <translation>复查内容；不合格时，写明仍存在的问题</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 is not a picture this computer can show.</source>
        <translation>%1 不是本机可显示的图片。</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>New (now), %n photo(s)</source>
        <translation>
            <numerusform>新照片（当前），%n 张</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say what is still wrong, so the responsible party knows what to rectify.</source>
        <translation>请写明仍存在的问题，以便责任单位明确整改内容。</translation>
    </message>
</context>
<context>
    <name>sitesafe::ReportSubmissionsPage</name>
    <message>
        <location filename="../../src/widgets/views/reportsubmissionspage.cpp" line="+43"/>
        <source>Month (China time):</source>
        <translation>月份（北京时间）：</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>City/county or park</source>
        <translation>市县/园区</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Report</source>
        <translation>月报</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Submitted at</source>
        <translation>报送时间</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>As pulled at the last sync. A report is due before the 1st of the next month (China time); double-click a row to open the report.</source>
        <translation>数据截至上次同步。月报应于次月1日前（北京时间）报送；双击一行可打开该月报。</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 (park)</source>
        <translation>%1（园区）</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 of %2 cities and counties have submitted; %3 late, %4 overdue.</source>
        <translation>%2 个市县中已有 %1 个报送；迟报 %3 个，逾期未报 %4 个。</translation>
    </message>
</context>
<context>
    <name>sitesafe::RestoreBackupDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/restorebackupdialog.cpp" line="+33"/>
        <source>Restore from backup</source>
        <translation>从备份恢复</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the backup to go back to. SiteSafe restarts to restore it; the database it replaces is kept in the data folder, nothing is deleted.</source>
        <translation>请选择要恢复到的备份。工地安全巡检将重新启动以完成恢复；被替换的数据库保留在数据文件夹中，不会删除任何内容。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Other file…</source>
        <translation>其他文件(&amp;O)…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Restore &amp;anyway (those changes stay in the database kept aside)</source>
        <translation>仍然恢复(&amp;A)（这些更改保留在另存的数据库中）</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Restore and restart</source>
        <translation>恢复并重新启动(&amp;R)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This data folder has no automatic backup yet (one is made each day SiteSafe runs). Choose a backup file with Other file…</source>
        <translation>本数据文件夹还没有自动备份（工地安全巡检运行的每一天都会备份一次）。请用“其他文件…”选择备份文件。</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Backup to restore</source>
        <translation>要恢复的备份</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>SiteSafe backups (*.db);;All files (*)</source>
        <translation>工地安全巡检备份 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Checking %1…</source>
        <translation>正在检查 %1…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The backup could not be checked.</source>
        <translation>无法检查该备份。</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: %2 hazards, schema version %3, %4.</source>
        <translation>%1：%2 条隐患，数据结构版本 %3，%4。</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n change(s) made on this computer have not been sent to the server and are not in this backup. Sync first if you can.</source>
        <translation>
            <numerusform>本机有 %n 项更改尚未发送到服务器，且不在此备份中。如有可能请先同步。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This computer&apos;s database cannot be read; it may be damaged. Changes it holds that this backup does not cannot be counted; they stay in the database kept aside. After the restore, sync: the server keeps everything already sent.</source>
        <translation>本机数据库无法读取，可能已损坏。其中有而此备份没有的更改无法统计，将保留在另存的数据库中。恢复后请同步：已发送的内容服务器都有保存。</translation>
    </message>
</context>
<context>
    <name>sitesafe::SettingsDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/settingsdialog.cpp" line="+22"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Choose the data folder</source>
        <translation>选择数据文件夹</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose a data folder; SiteSafe keeps all its data there.</source>
        <translation>请选择数据文件夹；工地安全巡检的所有数据都保存在其中。</translation>
    </message>
</context>
<context>
    <name>sitesafe::SignInDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/signindialog.cpp" line="+19"/>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Provincial CA certificate</source>
        <translation>省级 CA 证书</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>证书 (*.pem *.crt *.cer);;所有文件 (*)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
</context>
<context>
    <name>sitesafe::SignInspectionDialog</name>
    <message>
        <location filename="../../src/widgets/dialogs/signinspectiondialog.cpp" line="+29"/>
        <source>Sign the inspection</source>
        <translation>签署检查记录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&lt;b&gt;Signing freezes this inspection.&lt;/b&gt; Its answers and notes can no longer be changed afterwards; a correction is then made as an amendment, a new inspection linked to this one.</source>
        <translation>&lt;b&gt;签字后该检查即定稿。&lt;/b&gt;此后答案和备注均不能再修改；如需更正，须进行补正检查，即新建一次与本检查关联的检查。</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 signs here</source>
        <translation>%1 在此签名</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Inspector: %1</source>
        <translation>检查人员：%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Site representative</source>
        <translation>现场负责人</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name of the project manager or site safety officer</source>
        <translation>项目经理或现场安全员姓名</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>姓名(&amp;N)：</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The site representative signs here</source>
        <translation>现场负责人在此签名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refused to sign (拒签)</source>
        <translation>拒签(&amp;R)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Required: what happened, e.g. who refused, the reason given, who witnessed it</source>
        <translation>必填：说明经过，例如拒签人、所述理由、见证人</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Sign and freeze</source>
        <translation>签字并定稿(&amp;S)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Wipe the pad and sign again</source>
        <translation>清除签名板并重新签字</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>the signature of %1</source>
        <translation>%1 的签名</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a note on the refusal to sign</source>
        <translation>拒签情况说明</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the site representative&apos;s name</source>
        <translation>现场负责人姓名</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the site representative&apos;s signature (or tick &quot;Refused to sign&quot;)</source>
        <translation>现场负责人签名（或勾选“拒签”）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Still missing: %1.</source>
        <translation>尚缺：%1。</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The inspectors have signed and the refusal to sign is noted. Sign and freeze the inspection when ready.</source>
        <translation>检查人员已签字，拒签情况已记录。准备就绪后，请签字并定稿。</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everyone has signed. Sign and freeze the inspection when ready.</source>
        <translation>所有人均已签字。准备就绪后，请签字并定稿。</translation>
    </message>
</context>
<context>
    <name>sitesafe::SignaturePad</name>
    <message>
        <location filename="../../src/widgets/signaturepad.cpp" line="+41"/>
        <source>Signature pad</source>
        <translation>签名板</translation>
    </message>
</context>
<context>
    <name>sitesafe::StatusBarReminderSink</name>
    <message>
        <location filename="../../src/widgets/statusbarremindersink.cpp" line="+20"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>sitesafe::SyncActions</name>
    <message>
        <location filename="../../src/widgets/syncactions.cpp" line="+74"/>
        <source>Sync did not finish</source>
        <translation>同步未完成</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) are still only on this computer. They are safe and will be sent at the next sync.</source>
        <translation>
            <numerusform>仍有 %n 项修改只保存在本机。这些修改不会丢失，将在下次同步时上传。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Quit anyway</source>
        <translation>仍然退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stay</source>
        <translation>暂不退出</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Changes not yet sent</source>
        <translation>有修改尚未上传</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n change(s) recorded on this computer have not reached the provincial server yet.</source>
        <translation>
            <numerusform>本机记录的 %n 项修改尚未上传到省级服务器。</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>They stay saved on this computer and are sent at the next sync. You can sync now and quit when it is done.</source>
        <translation>这些修改会一直保存在本机，并在下次同步时上传。您也可以现在同步，完成后再退出。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync, then quit</source>
        <translation>先同步再退出</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quit now</source>
        <translation>立即退出</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Syncing before quitting…</source>
        <translation>正在同步，完成后退出…</translation>
    </message>
</context>
<context>
    <name>sitesafe::SyncController</name>
    <message>
        <location filename="../../src/sync/synccontroller.cpp" line="+185"/>
        <source>Enter the server address first (https://…).</source>
        <translation>请先输入服务器地址（https://…）。</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Sign in to the provincial server (Sync ▸ Sign in) to download this photo.</source>
        <translation>请先登录省级服务器（同步 ▸ 登录）再下载这张照片。</translation>
    </message>
</context>
<context>
    <name>sitesafe::SyncEngine</name>
    <message>
        <location filename="../../src/sync/syncengine.cpp" line="+225"/>
        <source>reaching the server</source>
        <translation>连接</translation>
    </message>
    <message>
        <location line="+113"/>
        <location line="+5"/>
        <location line="+34"/>
        <source>sending your changes</source>
        <translation>修改上传</translation>
    </message>
    <message>
        <location line="+62"/>
        <location line="+3"/>
        <source>receiving changes</source>
        <translation>更新下载</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The server sent the same position in its data twice, so receiving changes would never end. Nothing of that answer was applied and your work is kept. Tell the provincial operator: the server may be misconfigured.</source>
        <translation>服务器两次发来同一个数据位置，接收更改将永远无法结束。该应答的内容均未应用，您的工作仍保留在本机。请告知省级运维人员：服务器可能配置有误。</translation>
    </message>
</context>
<context>
    <name>sitesafe::SyncPage</name>
    <message>
        <location filename="../../src/widgets/views/syncpage.cpp" line="+119"/>
        <source>No sync has run since SiteSafe started.</source>
        <translation>自工地安全巡检启动以来尚未同步。</translation>
    </message>
    <message numerus="yes">
        <location line="+91"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n 项修改被服务器拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n received record(s) held back (retried at every sync)</source>
        <translation>
            <numerusform>%n 条收到的记录被暂存（每次同步时重试）</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Needs you: %1</source>
        <translation>需要您处理：%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>No provincial server is set up. Sign in to one to send your work; everything stays on this computer until then.</source>
        <translation>尚未设置省级服务器。登录后即可上传工作；在此之前所有数据都保存在本机。</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+9"/>
        <source>Sign &amp;in…</source>
        <translation>登录(&amp;I)…</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>signed in</source>
        <translation>已登录</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server: %1 · User: %2 · %3</source>
        <translation>服务器：%1 · 用户：%2 · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;All (%1)</source>
        <translation>全部(&amp;A)（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Waiting (%1)</source>
        <translation>待发送(&amp;W)（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;pplied (%1)</source>
        <translation>已生效(&amp;P)（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Conflicts (%1)</source>
        <translation>冲突(&amp;C)（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;jected (%1)</source>
        <translation>被拒绝(&amp;J)（%1）</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Showing the newest %1 of %2; scroll down for more</source>
        <translation>显示最新 %1 条，共 %2 条；向下滚动加载更多</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n 项修改</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No open conflicts.</source>
        <translation>没有待处理的冲突。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open conflicts: %1 — fields changed both here and on the server. Choose which value counts.</source>
        <translation>待处理冲突：%1 —— 这些字段在本机和服务器上都被修改过，请选择以哪个为准。</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 applied, %2 conflicts, %3 rejected</source>
        <translation>已生效 %1，冲突 %2，被拒绝 %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows received (full download)</source>
        <translation>已接收 %1 行（完整下载）</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows received</source>
        <translation>已接收 %1 行</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 files sent (%2)</source>
        <translation>已上传 %1 个文件（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 still waiting</source>
        <translation>仍有 %1 项待发送</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everything recorded on this computer has been applied by the server.</source>
        <translation>本机记录的所有内容均已被服务器接收生效。</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs your attention: %1 rejected, %2 open conflicts.</source>
        <translation>需要处理：%1 项被拒绝，%2 个冲突未解决。</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
</context>
<context>
    <name>sitesafe::SyncStatusIndicator</name>
    <message>
        <location filename="../../src/widgets/syncstatusindicator.cpp" line="+22"/>
        <source>signing in</source>
        <translation>登录</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending photos</source>
        <translation>上传照片</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>sending changes</source>
        <translation>上传修改</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>receiving changes</source>
        <translation>接收更新</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n second(s)</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n 分钟</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Sync with the provincial server — click for the Sync page</source>
        <translation>与省级服务器同步 —— 单击打开“同步”页</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>%n change(s) refused by the server</source>
        <translation>
            <numerusform>%n 项修改被服务器拒绝</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n conflict(s) to resolve</source>
        <translation>
            <numerusform>%n 个冲突待处理</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n received record(s) held back</source>
        <translation>
            <numerusform>%n 条收到的记录被暂存</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Sync: not set up — Sync ▸ Sign in</source>
        <translation>同步：未设置 —— 同步 ▸ 登录</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Syncing: %1…</source>
        <translation>正在同步：%1…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sync: signed out — Sync ▸ Sign in</source>
        <translation>同步：未登录 —— 同步 ▸ 登录</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last sync failed: %1</source>
        <translation>上次同步失败：%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Last sync %1</source>
        <translation>上次同步于 %1</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>(next try in %1)</source>
        <translation>（%1后重试）</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sync: signed in as %1</source>
        <translation>同步：已登录为 %1</translation>
    </message>
</context>
<context>
    <name>sitesafe::TodayModel</name>
    <message>
        <location filename="../../src/models/todaymodel.cpp" line="+55"/>
        <source>[Major] </source>
        <translation>【重大】</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Report due %1 (%2 h left)</source>
        <translation>应于 %1 前报送（剩余 %2 小时）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Report overdue since %1</source>
        <translation>报送已于 %1 逾期</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Overdue hazards (%1)</source>
        <translation>逾期未整改隐患（%1）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deadlines in the next %1 days (%2)</source>
        <translation>%1 天内到期的整改（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re-inspections due (%1)</source>
        <translation>待复查（%1）</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Incidents awaiting the %1-hour platform report (%2)</source>
        <translation>待 %1 小时内平台报送的事故（%2）</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Projects not yet covered in round %1 (%2)</source>
        <translation>第%1轮尚未检查的项目（%2）</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>Item</source>
        <translation>事项</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City/county · project</source>
        <translation>市县 · 项目</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>期限</translation>
    </message>
</context>
<context>
    <name>sitesafe::TodayPage</name>
    <message>
        <location filename="../../src/widgets/views/todaypage.cpp" line="+38"/>
        <source>Updated %1 · %2 ms</source>
        <translation>更新于 %1 · %2 毫秒</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Whole province</source>
        <translation>全省</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Today, %1 · %2</source>
        <translation>今日：%1 · %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Loading…</source>
        <translation>加载中…</translation>
    </message>
</context>
<context>
    <name>sitesafe::TokenStore</name>
    <message>
        <location filename="../../src/sync/tokenstore.cpp" line="+21"/>
        <source>No password keychain is running on this computer (%1). You stay signed in until SiteSafe closes; the sign-in is not written to disk.</source>
        <translation>本机没有运行密码钥匙串（%1）。在关闭工地安全巡检之前您将保持登录；登录信息不会写入磁盘。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain refused access (%1). You stay signed in until SiteSafe closes.</source>
        <translation>钥匙串拒绝访问（%1）。在关闭工地安全巡检之前您将保持登录。</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The keychain failed (%1). You stay signed in until SiteSafe closes.</source>
        <translation>钥匙串出错（%1）。在关闭工地安全巡检之前您将保持登录。</translation>
    </message>
</context>
<context>
    <name>sitesafe::TrayNotifier</name>
    <message>
        <location filename="../../src/widgets/traynotifier.cpp" line="+179"/>
        <source>SiteSafe reminders</source>
        <translation>工地安全巡检提醒</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The monthly report for %1 of %2 was due before %3 and is not submitted.</source>
        <translation>%2 %1 月报应于 %3 前报送，目前尚未报送。</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The monthly report for %1 of %2 is due before %3.</source>
        <translation>%2 %1 月报应于 %3 前报送。</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n incident(s) not reported to the national platform within 48 hours (late report): %1</source>
        <translation>
            <numerusform>%n 起事故未在 48 小时内上报全国平台（迟报）：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n incident(s) to report to the national platform within 48 hours: %1</source>
        <translation>
            <numerusform>%n 起事故须在 48 小时内上报全国平台：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n hazard(s) newly overdue: %1</source>
        <translation>
            <numerusform>%n 条隐患新近逾期：%1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n hazard(s) due by tomorrow: %1</source>
        <translation>
            <numerusform>%n 条隐患将于明天前到期：%1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>sitesafe::TrayReminderSink</name>
    <message>
        <location filename="../../src/widgets/trayremindersink.cpp" line="+14"/>
        <source>SiteSafe reminders</source>
        <translation>工地安全巡检提醒</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open SiteSafe</source>
        <translation>打开工地安全巡检</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show overdue hazards</source>
        <translation>查看逾期隐患</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn reminders off</source>
        <translation>关闭提醒</translation>
    </message>
</context>
<context>
    <name>sitesafe::ZipWriter</name>
    <message>
        <location filename="../../src/core/zipwriter.cpp" line="+120"/>
        <source>%1 could not be written (%2). Choose a folder you can write to, with free space.</source>
        <translation>无法写入 %1（%2）。请选择一个可写且有剩余空间的文件夹。</translation>
    </message>
</context>
</TS>
