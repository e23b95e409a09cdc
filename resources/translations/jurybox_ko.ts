<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Handbook</name>
    <message>
        <source>weighted mean</source>
        <translation>가중 평균</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>절사 평균</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>z 점수</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>보르다 방식</translation>
    </message>
    <message>
        <source>mean of each criterion, weighted into a 0–100 score</source>
        <translation>평가 항목별 평균을 가중치로 합산한 0–100점</translation>
    </message>
    <message>
        <source>each criterion&apos;s mean without its K highest and K lowest marks, weighted into 0–100</source>
        <translation>평가 항목별로 가장 높은 점수 K개와 가장 낮은 점수 K개를 뺀 평균을 가중치로 합산한 0–100점</translation>
    </message>
    <message>
        <source>median of each criterion, weighted into a 0–100 score</source>
        <translation>평가 항목별 중앙값을 가중치로 합산한 0–100점</translation>
    </message>
    <message>
        <source>mean of the judges&apos; standardised totals</source>
        <translation>심사위원별 총점을 표준화한 값의 평균</translation>
    </message>
    <message>
        <source>mean fraction of each judge&apos;s other entries in the category beaten (ties half)</source>
        <translation>각 심사위원이 같은 부문에서 채점한 다른 출품작보다 앞선 비율의 평균(동점은 절반)</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the sign-off date in the handbook: the language&apos;s usual long date, month as a word.</extracomment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>Ceremony Handbook</source>
        <translation>시상식 핸드북</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>%1년 대회</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Position &amp; Organisation</source>
        <translation>직위 및 소속</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>수상작 없음</translation>
    </message>
    <message>
        <source>below the minimum score</source>
        <translation>최저 점수 미달</translation>
    </message>
    <message>
        <source>no entry at this rank</source>
        <translation>해당 순위의 출품작 없음</translation>
    </message>
    <message>
        <source>%1: vacant (%2).</source>
        <extracomment>%1 is the tier&apos;s name as the award defines it (&quot;Most Promising&quot;), %2 the reason.</extracomment>
        <translation>%1: 수상작 없음(%2).</translation>
    </message>
    <message>
        <source>%1 Winners</source>
        <extracomment>%1 is the award&apos;s name as entered (&quot;The 2nd WeGO Awards 2014&quot;).</extracomment>
        <translation>%1 수상 결과</translation>
    </message>
    <message>
        <source>Judging Panel of %1</source>
        <extracomment>%1 is the award&apos;s name (&quot;The 2nd WeGO Awards 2014&quot;).</extracomment>
        <translation>%1 심사위원단</translation>
    </message>
    <message>
        <source>Judging Method</source>
        <translation>심사 방법</translation>
    </message>
    <message>
        <source>%1 from %2 in %3 were judged in the round “%4”; %5 from %6 were counted (only complete, submitted scorecards of eligible entries count).</source>
        <extracomment>%1 eligible entries, %2 countries, %3 categories, %4 the round&apos;s name, %5 scorecards, %6 judges.</extracomment>
        <translation>“%4” 라운드에서 %2, %3의 %1을 심사했으며, %6의 %5을 집계했습니다(심사 대상 출품작에 대해 제출된 완전한 채점표만 집계합니다).</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible entries</source>
        <translation>
            <numerusform>심사 대상 출품작 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n개국</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n개 부문</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecards</source>
        <translation>
            <numerusform>채점표 %n건</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judges</source>
        <translation>
            <numerusform>심사위원 %n명</numerusform>
        </translation>
    </message>
    <message>
        <source>Method: %1 (%2). Quorum: %3; an entry with fewer is listed but not ranked.</source>
        <translation>방법: %1(%2). 정족수: %3. 이보다 적은 출품작은 목록에는 오르지만 순위는 매기지 않습니다.</translation>
    </message>
    <message>
        <source>Trim: K = %1 (the %1 highest and %1 lowest marks of each criterion are dropped).</source>
        <translation>절사: K = %1(평가 항목마다 가장 높은 점수 %1개와 가장 낮은 점수 %1개를 제외합니다).</translation>
    </message>
    <message>
        <source>Ties are broken by the weighted mean, then by the median scorecard total; entries still equal share their rank. The tiers go to ranks 1, 2, 3… in order, and tied entries share their rank&apos;s tier.</source>
        <translation>동점은 가중 평균으로, 그다음 채점표 총점의 중앙값으로 가립니다. 그래도 같은 출품작은 같은 순위를 공유합니다. 등급은 1위, 2위, 3위… 순서로 주어지며, 동점인 출품작은 그 순위의 등급을 함께 받습니다.</translation>
    </message>
    <message>
        <source>Agreement and Robustness by Category</source>
        <translation>부문별 심사위원 간 일치도와 결과의 안정성</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>출품작</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>채점표</translation>
    </message>
    <message>
        <source>Interval α</source>
        <translation>구간 α</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>안정</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>예</translation>
    </message>
    <message>
        <source>No</source>
        <translation>아니요</translation>
    </message>
    <message>
        <source>ICC(2,k): reliability of the panel&apos;s mean mark (Shrout &amp; Fleiss, two-way random effects), over the entries scored by every judge of the category; – where there is no such block. Interval α: Krippendorff&apos;s alpha over all pairs of scorecard totals. Stable: the same tier winners under all five tally methods and with any one judge left out.</source>
        <translation>ICC(2,k): 심사위원단 평균 점수의 신뢰도(Shrout &amp; Fleiss, 이원 무선 효과)로, 해당 부문의 모든 심사위원이 채점한 출품작을 대상으로 합니다. 그런 출품작이 없으면 –로 표시합니다. 구간 α: 모든 채점표 총점 쌍에 대한 Krippendorff 알파. 안정: 다섯 가지 집계 방법 모두에서, 그리고 심사위원을 한 명씩 빼도 등급별 수상작이 같습니다.</translation>
    </message>
    <message>
        <source>The round “%1” has not been signed off: this result is provisional.</source>
        <translation>“%1” 라운드의 결과가 아직 확정되지 않았습니다. 이 결과는 잠정적입니다.</translation>
    </message>
    <message>
        <source>The round “%1” was signed off by %2 on %3 with the %4 method (%5); this handbook was tallied otherwise and is not the signed-off result.</source>
        <extracomment>%1 round, %2 who signed off, %3 the date, %4 the method&apos;s name, %5 its parameters (JSON, as stored).</extracomment>
        <translation>“%1” 라운드는 %3에 %2이(가) %4 방법(%5)으로 확정했습니다. 이 핸드북은 다른 방식으로 집계되었으므로 확정된 결과가 아닙니다.</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2. The SHA-256 digest of the round&apos;s inputs and this result is:</source>
        <translation>%2에 %1이(가) 확정했습니다. 이 라운드의 입력 자료와 이 결과의 SHA-256 다이제스트:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none yet)</source>
        <translation>(아직 없음)</translation>
    </message>
    <message numerus="yes">
        <source>auto-assign %n judge(s) per entry</source>
        <translation>
            <numerusform>출품작마다 심사위원 %n명 자동 배정</numerusform>
        </translation>
    </message>
    <message>
        <source>Change refused — nothing was changed</source>
        <translation>변경 거부됨 — 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>Undo refused — nothing was changed</source>
        <translation>실행 취소 거부됨 — 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>%1을(를) %2에 배정</translation>
    </message>
    <message>
        <source>unassign %1 from %2</source>
        <translation>%2에서 %1 배정 해제</translation>
    </message>
    <message>
        <source>change the award&apos;s details</source>
        <translation>어워드 정보 변경</translation>
    </message>
    <message>
        <source>change category &quot;%1&quot;</source>
        <translation>부문 &quot;%1&quot; 변경</translation>
    </message>
    <message>
        <source>confirm the conflict of %1 with %2</source>
        <translation>%1과(와) %2의 이해충돌 확정</translation>
    </message>
    <message>
        <source>clear the conflict of %1 with %2</source>
        <translation>%1과(와) %2의 이해충돌 해제</translation>
    </message>
    <message>
        <source>mark %1 with %2 as a possible conflict</source>
        <translation>%1과(와) %2을(를) 이해충돌 가능성으로 표시</translation>
    </message>
    <message>
        <source>change criterion &quot;%1&quot;</source>
        <translation>평가 항목 &quot;%1&quot; 변경</translation>
    </message>
    <message>
        <source>mark %1 %2</source>
        <translation>%1을(를) %2(으)로 표시</translation>
    </message>
    <message>
        <source>change tier &quot;%1&quot;</source>
        <translation>등급 &quot;%1&quot; 변경</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>%1 가져오는 중</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>가져오기 취소됨</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>가져오기가 취소되었습니다. 아무것도 바뀌지 않았습니다.</translation>
    </message>
    <message>
        <source>Import refused — nothing was changed</source>
        <translation>가져오기 거부됨 — 아무것도 바뀌지 않았습니다</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentLegend</name>
    <message>
        <source>assigned</source>
        <translation>배정됨</translation>
    </message>
    <message>
        <source>scorecard in draft</source>
        <translation>채점표 작성 중</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>confirmed conflict (blocks)</source>
        <translation>확정된 이해충돌(심사 불가)</translation>
    </message>
    <message>
        <source>possible conflict (to review)</source>
        <translation>이해충돌 가능성(검토 필요)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>해제됨</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentMatrixModel</name>
    <message>
        <source>assigned</source>
        <translation>배정됨</translation>
    </message>
    <message>
        <source>scorecard submitted</source>
        <translation>채점표 제출됨</translation>
    </message>
    <message>
        <source>scorecard in draft</source>
        <translation>채점표 작성 중</translation>
    </message>
    <message>
        <source>%1 conflict</source>
        <translation>이해충돌: %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>배정 안 됨</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n judge(s) assigned in this round</source>
        <translation>
            <numerusform>%1: 이 라운드에 심사위원 %n명 배정</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;br&gt;× &lt;b&gt;%4&lt;/b&gt; %5, %6 (%7)&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2(%3)&lt;br&gt;× &lt;b&gt;%4&lt;/b&gt; %5, %6(%7)&lt;br&gt;%8</translation>
    </message>
    <message>
        <source>&lt;br&gt;Reason: %1</source>
        <translation>&lt;br&gt;사유: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4) · %5 · %6</source>
        <translation>%1 — %2(%3, %4) · %5 · %6</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <source>Judges assigned to the entry in this round</source>
        <translation>이 라운드에서 출품작에 배정된 심사위원</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3, %4): %n entry(ies) assigned in this round</source>
        <translation>
            <numerusform>%1 %2(%3, %4): 이 라운드에 출품작 %n건 배정</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentScreen</name>
    <message>
        <source>Round</source>
        <translation>라운드</translation>
    </message>
    <message>
        <source>Search entries, cities, countries…</source>
        <translation>출품작, 도시, 국가 검색…</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>출품작 검색</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 부문</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>모든 출품작</translation>
    </message>
    <message>
        <source>Possible conflicts to review</source>
        <translation>검토할 이해충돌 가능성</translation>
    </message>
    <message>
        <source>Confirmed conflicts</source>
        <translation>확정된 이해충돌</translation>
    </message>
    <message>
        <source>Cleared conflicts</source>
        <translation>해제된 이해충돌</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>표시할 출품작</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>라운드:</translation>
    </message>
    <message>
        <source>Conflicts and assignments</source>
        <translation>이해충돌과 배정</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Conflicts &amp;amp; assignments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;이해충돌과 배정&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Assign / unassign</source>
        <translation>배정 / 해제</translation>
    </message>
    <message>
        <source>Find conflicts</source>
        <translation>이해충돌 찾기</translation>
    </message>
    <message>
        <source>Record every judge and entry from the same country as a possible conflict</source>
        <translation>같은 국가의 심사위원과 출품작을 모두 이해충돌 가능성으로 기록합니다</translation>
    </message>
    <message>
        <source>Assign the judge of the selected cell to its entry, or take them off it (also: double-click, Space)</source>
        <translation>선택한 칸의 심사위원을 그 출품작에 배정하거나 배정을 해제합니다(더블클릭, 스페이스 키로도 가능)</translation>
    </message>
    <message>
        <source>Confirm conflict</source>
        <translation>이해충돌 확정</translation>
    </message>
    <message>
        <source>The judge may no longer score the entry; their assignment is removed</source>
        <translation>그 심사위원은 더 이상 해당 출품작을 채점할 수 없으며 배정도 해제됩니다</translation>
    </message>
    <message>
        <source>Clear conflict</source>
        <translation>이해충돌 해제</translation>
    </message>
    <message>
        <source>Looked at and dismissed: the judge may score the entry</source>
        <translation>검토 후 기각: 그 심사위원은 해당 출품작을 채점할 수 있습니다</translation>
    </message>
    <message>
        <source>Declare conflict…</source>
        <translation>이해충돌 신고…</translation>
    </message>
    <message>
        <source>Record a confirmed conflict with its reason</source>
        <translation>확정된 이해충돌을 사유와 함께 기록합니다</translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation>자동 배정…</translation>
    </message>
    <message>
        <source>Give every eligible entry K judges, balanced, never a conflicted one</source>
        <translation>심사 대상 출품작마다 심사위원 K명을 고르게 배정하며, 이해충돌이 있는 심사위원은 배정하지 않습니다</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1(종료)</translation>
    </message>
    <message>
        <source>The award has no round.</source>
        <translation>이 어워드에는 라운드가 없습니다.</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <source>%1 entries × %2 judges in round “%3”: %4 assignment(s); conflicts: %5 confirmed, %6 possible (to review), %7 cleared.</source>
        <translation>“%3” 라운드 출품작 %1건 × 심사위원 %2명: 배정 %4건. 이해충돌: 확정 %5건, 가능성 %6건(검토 필요), 해제 %7건.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s) recorded (a judge from the entry&apos;s country); show them with “Possible conflicts to review” and confirm or clear each.</source>
        <translation>
            <numerusform>이해충돌 가능성 %n건을 기록했습니다(출품작과 같은 국가의 심사위원). “검토할 이해충돌 가능성”으로 표시해 하나씩 확정하거나 해제하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts recorded</source>
        <translation>기록된 이해충돌 없음</translation>
    </message>
    <message>
        <source>Auto-assign, round “%1”, %2 judge(s) per entry (seed %3): %4 assignment(s) added, %5 kept; each judge now has %6–%7 entries.</source>
        <translation>자동 배정, “%1” 라운드, 출품작마다 심사위원 %2명(시드 %3): 배정 %4건 추가, %5건 유지. 이제 심사위원마다 출품작 %6–%7건을 맡습니다.</translation>
    </message>
    <message>
        <source>Select a cell of a judge&apos;s column first.</source>
        <translation>먼저 심사위원 열의 칸을 선택하세요.</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>Why may %1 not judge %2?</source>
        <translation>%1이(가) %2을(를) 심사할 수 없는 이유는 무엇입니까?</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AutoAssignDialog</name>
    <message>
        <source>Auto-assign judges</source>
        <translation>심사위원 자동 배정</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>출품작당 심사위원 수</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>시드</translation>
    </message>
    <message>
        <source>Gives each of the %1 eligible entries of round “%2” K judges from the panel of %3: never a judge with a confirmed conflict, the %4 existing assignment(s) kept, the loads balanced. The same seed gives the same assignments.&lt;br&gt;&lt;br&gt;Edit › Undo removes exactly the assignments this adds.</source>
        <translation>“%2” 라운드의 심사 대상 출품작 %1건에 심사위원단 %3명 중 K명씩 배정합니다. 확정된 이해충돌이 있는 심사위원은 배정하지 않고, 기존 배정 %4건은 유지하며, 업무량을 고르게 나눕니다. 같은 시드는 같은 배정을 만듭니다.&lt;br&gt;&lt;br&gt;편집 › 실행 취소는 여기서 추가한 배정만 정확히 되돌립니다.</translation>
    </message>
    <message>
        <source>Judges per entry (K):</source>
        <translation>출품작당 심사위원 수(K):</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>시드:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>배정</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AwardScreen</name>
    <message>
        <source>Award overview</source>
        <translation>어워드 개요</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1(종료)</translation>
    </message>
    <message>
        <source>Categories and criteria</source>
        <translation>부문과 평가 항목</translation>
    </message>
    <message>
        <source>%1 (weight %2, %3–%4)</source>
        <translation>%1(가중치 %2, %3–%4점)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>기록</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 events.</source>
        <translation>감사 기록 무결: 이벤트 %1건.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;감사 기록이 변조되었습니다:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> — &lt;b&gt;in force&lt;/b&gt;: the tally is frozen</source>
        <translation> — &lt;b&gt;유효&lt;/b&gt;: 집계가 확정되어 변경할 수 없습니다</translation>
    </message>
    <message>
        <source> — revoked by %1</source>
        <translation> — %1이(가) 취소함</translation>
    </message>
    <message>
        <source>Award name</source>
        <translation>어워드 이름</translation>
    </message>
    <message>
        <source>Edition year</source>
        <translation>대회 연도</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>주최</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>이름(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>연도(&amp;Y):</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>주최(&amp;O):</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>라운드:</translation>
    </message>
    <message>
        <source>Prize tiers</source>
        <translation>수상 등급</translation>
    </message>
    <message>
        <source>Tiers go to ranks 1, 2, 3… in order; a tier stays vacant when the entry at its rank scores below its minimum. Double-click to edit.</source>
        <translation>등급은 1위, 2위, 3위… 순서로 주어지며, 그 순위의 출품작이 최저 점수에 미달하면 수상작 없음으로 남습니다. 더블클릭해 편집하세요.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Award&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;어워드&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Entries:&lt;/b&gt; %1 from %2 countries · &lt;b&gt;Judges:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;출품작:&lt;/b&gt; %2개국 %1건 · &lt;b&gt;심사위원:&lt;/b&gt; %3명&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriteriaModel</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n단계</numerusform>
        </translation>
    </message>
    <message>
        <source>Category / criterion</source>
        <translation>부문 / 평가 항목</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>가중치</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>최저</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>최고</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>단계 설명</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriteriaScreen</name>
    <message>
        <source>Apply descriptors</source>
        <translation>단계 설명 적용</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Categories &amp;amp; criteria&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;부문과 평가 항목&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Edit › Undo takes a change back. While a tally is signed off, names, weights and scales are frozen; descriptions stay editable.</source>
        <translation>칸을 더블클릭해 편집하고, 편집 › 실행 취소로 변경을 되돌립니다. 집계가 확정된 동안에는 이름, 가중치, 척도를 바꿀 수 없고 설명만 편집할 수 있습니다.</translation>
    </message>
    <message>
        <source>Categories and criteria</source>
        <translation>부문과 평가 항목</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>What a score at this level means</source>
        <translation>이 단계 점수의 의미</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>단계 설명</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>단계 추가</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>단계 삭제</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level descriptors&lt;/b&gt;&lt;br&gt;Select a criterion to describe its levels.</source>
        <translation>&lt;b&gt;단계 설명&lt;/b&gt;&lt;br&gt;단계를 설명할 평가 항목을 선택하세요.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level descriptors of %1&lt;/b&gt; (scale %2–%3)&lt;br&gt;What judges read beside each level; each level lies within the scale.</source>
        <translation>&lt;b&gt;%1의 단계 설명&lt;/b&gt;(척도 %2–%3)&lt;br&gt;심사위원이 각 단계 옆에서 읽는 내용이며, 각 단계는 척도 안에 있어야 합니다.</translation>
    </message>
    <message>
        <source>Descriptors not changed</source>
        <translation>단계 설명을 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: descriptor level &quot;%2&quot; refused: a level is a number on the scale (write decimals with a point, e.g. 7.5)</source>
        <translation>평가 항목 &quot;%1&quot;: 단계 &quot;%2&quot; 거부됨: 단계는 척도 안의 숫자여야 합니다(소수는 점으로 씁니다. 예: 7.5)</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriterionDelegate</name>
    <message>
        <source>Weight of %1</source>
        <translation>%1의 가중치</translation>
    </message>
    <message>
        <source>Lowest score of %1</source>
        <translation>%1의 최저 점수</translation>
    </message>
    <message>
        <source>Highest score of %1</source>
        <translation>%1의 최고 점수</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ErrorPresenter</name>
    <message>
        <source>OK</source>
        <translation>확인</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ExportScreen</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;The handbook and the tables use the method of the round&apos;s sign-off when there is one (its digest is printed), otherwise weighted-mean. Existing files are never overwritten.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;내보내기&lt;/h2&gt;&lt;p&gt;핸드북과 표는 라운드 결과가 확정되었으면 확정 시의 집계 방법을 따르고(다이제스트가 인쇄됩니다), 그렇지 않으면 가중 평균을 씁니다. 기존 파일은 절대 덮어쓰지 않습니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ceremony handbook (PDF or HTML)…</source>
        <translation>시상식 핸드북(PDF 또는 HTML)…</translation>
    </message>
    <message>
        <source>Cover, winners table, a profile of every winner, the judging panel and the method note.</source>
        <translation>표지, 수상 결과표, 수상작별 소개, 심사위원단, 심사 방법 설명.</translation>
    </message>
    <message>
        <source>Tables for spreadsheets (CSV folder)…</source>
        <translation>스프레드시트용 표(CSV 폴더)…</translation>
    </message>
    <message>
        <source>results, scores (re-importable), submissions, judges and criteria; UTF-8 with BOM; cells that look like formulas are neutralised.</source>
        <translation>결과, 점수(다시 가져오기 가능), 출품작, 심사위원, 평가 항목. BOM이 있는 UTF-8이며, 수식처럼 보이는 셀은 무력화합니다.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Excel 통합 문서(XLSX)…</translation>
    </message>
    <message>
        <source>One sheet per table and one per category&apos;s results.</source>
        <translation>표마다 시트 하나, 부문별 결과마다 시트 하나.</translation>
    </message>
    <message>
        <source>JSON document…</source>
        <translation>JSON 문서…</translation>
    </message>
    <message>
        <source>The whole award and its tally for scripts (never the access codes).</source>
        <translation>스크립트용으로 어워드 전체와 집계 결과(접근 코드는 포함하지 않음).</translation>
    </message>
    <message>
        <source>Ceremony handbook</source>
        <translation>시상식 핸드북</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Folder for the CSV tables</source>
        <translation>CSV 표를 저장할 폴더</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Excel 통합 문서</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>JSON 문서</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: the handbook is written as .pdf or .html</source>
        <translation>%1: 핸드북은 .pdf 또는 .html로만 저장합니다</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>아무것도 내보내지 않았습니다</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>저장함: %1</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>%1 내보내는 중</translation>
    </message>
    <message>
        <source>Reading and tallying the award</source>
        <translation>시상 자료를 읽고 집계하는 중</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>%1 쓰는 중</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>내보내기 취소됨</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>내보내기가 취소되었습니다. 아무것도 쓰지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgeEntryModel</name>
    <message>
        <source>not started</source>
        <translation>시작 전</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>작성 중</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>제출됨</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgeModel</name>
    <message>
        <source>issued</source>
        <translation>발급됨</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>아직 없음</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>직위</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>이메일</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>접근 코드</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgeWindow</name>
    <message>
        <source>&amp;Submit this scorecard</source>
        <translation>이 채점표 제출(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Next unscored</source>
        <translation>다음 미채점 출품작(&amp;N)</translation>
    </message>
    <message>
        <source>%1 — %2 — judge %3 — Jurybox</source>
        <translation>%1 — %2 — 심사위원 %3 — Jurybox</translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation>내 심사 출품작</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>출품작 내용</translation>
    </message>
    <message>
        <source>Your comment for the secretariat (saved as you type)</source>
        <translation>사무국에 보낼 의견(입력하는 즉시 저장됩니다)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>의견</translation>
    </message>
    <message>
        <source>Submit this scorecard</source>
        <translation>이 채점표 제출</translation>
    </message>
    <message>
        <source>Next unscored entry</source>
        <translation>다음 미채점 출품작</translation>
    </message>
    <message>
        <source>%v of %m submitted</source>
        <translation>%m건 중 %v건 제출</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>의견(&amp;C):</translation>
    </message>
    <message>
        <source>%1 — every mark is saved the moment you enter it.</source>
        <translation>%1 — 점수는 입력하는 즉시 저장됩니다.</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>의견을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>(blind review)</source>
        <translation>(블라인드 심사)</translation>
    </message>
    <message>
        <source>%1 to %2, weight %3</source>
        <translation>%1~%2점, 가중치 %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;weight %2 · %3–%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;가중치 %2 · %3–%4점&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Mark not saved</source>
        <translation>점수를 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>%1 submitted. You can still revise it until you send the file back.</source>
        <translation>%1을(를) 제출했습니다. 파일을 돌려보내기 전까지는 계속 고칠 수 있습니다.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>제출하지 못했습니다</translation>
    </message>
    <message>
        <source>Every entry is scored.</source>
        <translation>모든 출품작을 채점했습니다.</translation>
    </message>
    <message>
        <source>Marks for this entry</source>
        <translation>이 출품작의 점수</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgesScreen</name>
    <message>
        <source>&lt;h2&gt;Judging panel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;심사위원단&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import judges CSV…</source>
        <translation>심사위원 CSV 가져오기…</translation>
    </message>
    <message>
        <source>Show access code…</source>
        <translation>접근 코드 보기…</translation>
    </message>
    <message>
        <source>Shows the selected judge&apos;s access code, to send apart from the package file</source>
        <translation>선택한 심사위원의 접근 코드를 보여 줍니다. 패키지 파일과 따로 보내세요</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message numerus="yes">
        <source>%n judge(s); </source>
        <translation>
            <numerusform>심사위원 %n명, </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an access code (codes are generated when a package is written: File › Create judge packages…).</source>
        <translation>
            <numerusform>접근 코드 보유 %n명(코드는 패키지를 만들 때 생성됩니다: 파일 › 심사위원 패키지 만들기…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import judges</source>
        <translation>심사위원 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Access code of %1 (%2): %3
Send it apart from the package file.</source>
        <translation>%1(%2)의 접근 코드: %3
패키지 파일과 따로 보내세요.</translation>
    </message>
    <message>
        <source>%1 (%2) has no access code yet: codes are generated when a package is written (File › Create judge packages…).</source>
        <translation>%1(%2)에게는 아직 접근 코드가 없습니다. 코드는 패키지를 만들 때 생성됩니다(파일 › 심사위원 패키지 만들기…).</translation>
    </message>
    <message>
        <source>No access code yet</source>
        <translation>접근 코드 없음</translation>
    </message>
    <message>
        <source>Show access code?</source>
        <translation>접근 코드를 표시할까요?</translation>
    </message>
    <message>
        <source>Show the access code of %1 (%2) on screen?</source>
        <translation>%1(%2)의 접근 코드를 화면에 표시할까요?</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>접근 코드</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>코드 복사</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::MainWindow</name>
    <message>
        <source>%1 — demo, not saved — Jurybox</source>
        <translation>%1 — 데모, 저장되지 않음 — Jurybox</translation>
    </message>
    <message>
        <source>%1 — %2 — Jurybox</source>
        <translation>%1 — %2 — Jurybox</translation>
    </message>
    <message>
        <source>Categories &amp; criteria</source>
        <translation>부문과 평가 항목</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>감사 기록</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>어워드</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>출품작</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>진행 상황</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>탐색</translation>
    </message>
    <message>
        <source>The demo award lives in memory: File › Save a copy… keeps it.</source>
        <translation>데모 어워드는 메모리에만 있습니다. 파일 › 사본 저장…으로 보관하세요.</translation>
    </message>
    <message>
        <source>Drop returned .jurypkg files here to merge them.</source>
        <translation>돌아온 .jurypkg 파일을 여기에 끌어다 놓으면 병합합니다.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Open the &amp;demo award</source>
        <translation>데모 어워드 열기(&amp;D)</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>최근 파일 열기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Create judge packages…</source>
        <translation>심사위원 패키지 만들기(&amp;C)…</translation>
    </message>
    <message>
        <source>Folder for the judge packages</source>
        <translation>심사위원 패키지를 저장할 폴더</translation>
    </message>
    <message>
        <source>&amp;Merge returned packages…</source>
        <translation>돌아온 패키지 병합(&amp;M)…</translation>
    </message>
    <message>
        <source>Returned judge packages</source>
        <translation>돌아온 심사위원 패키지</translation>
    </message>
    <message>
        <source>Judge packages (*.jurypkg)</source>
        <translation>심사위원 패키지 (*.jurypkg)</translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>패키지 %n개 병합</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>사본 저장(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Sign off the tally…</source>
        <translation>집계 확정(&amp;S)…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>설정(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About Jurybox</source>
        <translation>Jurybox 정보(&amp;A)</translation>
    </message>
    <message>
        <source>About Jurybox</source>
        <translation>Jurybox 정보</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jurybox %1&lt;/h3&gt;&lt;p&gt;Judging for smart-city awards: offline scorecards, merged, tallied, checked and signed off.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jurybox %1&lt;/h3&gt;&lt;p&gt;스마트 시티 어워드 심사 도구: 오프라인 채점표를 병합하고 집계하고 검토하고 확정합니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (judge %2): %3 new, %4 updated, %5 unchanged, %6 ignored</source>
        <translation>%1(심사위원 %2): 새로 추가 %3, 갱신 %4, 변경 없음 %5, 무시 %6</translation>
    </message>
    <message>
        <source>%1: REJECTED — %2; nothing from it was merged</source>
        <translation>%1: 거부됨 — %2. 이 패키지에서는 아무것도 병합하지 않았습니다</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>병합 보고</translation>
    </message>
    <message>
        <source>Packages not written</source>
        <translation>패키지를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>접근 코드</translation>
    </message>
    <message>
        <source>Packages written to %1. Send each judge the code separately from the file:</source>
        <translation>%1에 패키지를 만들었습니다. 각 심사위원에게 코드를 파일과 따로 보내세요:</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>Sign off the tally</source>
        <translation>집계 확정</translation>
    </message>
    <message>
        <source>Your name, recorded with the sign-off (method: %1):</source>
        <translation>확정 기록에 남길 이름(방법: %1):</translation>
    </message>
    <message>
        <source>signing off</source>
        <translation>확정하기</translation>
    </message>
    <message>
        <source>Signed off: %1</source>
        <translation>확정됨: %1</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>확정하지 못했습니다</translation>
    </message>
    <message>
        <source>Back up first?</source>
        <translation>먼저 백업할까요?</translation>
    </message>
    <message>
        <source>Make a backup copy of the award before %1?</source>
        <translation>%1 전에 어워드의 백업 사본을 만들까요?</translation>
    </message>
    <message>
        <source>Save a copy of the award</source>
        <translation>어워드 사본 저장</translation>
    </message>
    <message>
        <source>Jurybox awards (*.jurybox)</source>
        <translation>Jurybox 어워드 (*.jurybox)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>%1(으)로 사본을 저장했습니다</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>사본을 저장하지 못했습니다</translation>
    </message>
    <message>
        <source>Conflicts &amp; assignments</source>
        <translation>이해충돌과 배정</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n package(s)</source>
        <translation>
            <numerusform>패키지 %n개 병합 중</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CANCELLED — %n package(s) not merged</source>
        <translation>
            <numerusform>취소됨 — 패키지 %n개는 병합되지 않았습니다</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge cancelled</source>
        <translation>병합 취소됨</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::OpenFiles</name>
    <message>
        <source>Judge package</source>
        <translation>심사위원 패키지</translation>
    </message>
    <message>
        <source>Access code for %1 (from the secretariat):</source>
        <translation>%1의 접근 코드(사무국에서 받은 코드):</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>%1을(를) 열 수 없습니다</translation>
    </message>
    <message>
        <source>Cannot open the demo award</source>
        <translation>데모 어워드를 열 수 없습니다</translation>
    </message>
    <message>
        <source>Open an award or a judge package</source>
        <translation>어워드 또는 심사위원 패키지 열기</translation>
    </message>
    <message>
        <source>Jurybox files (*.jurybox *.jurypkg);;Awards (*.jurybox);;Judge packages (*.jurypkg)</source>
        <translation>Jurybox 파일 (*.jurybox *.jurypkg);;어워드 (*.jurybox);;심사위원 패키지 (*.jurypkg)</translation>
    </message>
    <message>
        <source>New award</source>
        <translation>새 어워드</translation>
    </message>
    <message>
        <source>Jurybox awards (*.jurybox)</source>
        <translation>Jurybox 어워드 (*.jurybox)</translation>
    </message>
    <message>
        <source>Award not created</source>
        <translation>어워드를 만들지 못했습니다</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>열기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ProgressModel</name>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Submitted / assigned</source>
        <translation>제출 / 배정</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>배정</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>시작</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ProgressScreen</name>
    <message>
        <source>&lt;b&gt;Judges&lt;/b&gt; — in red: assigned entries not yet submitted</source>
        <translation>&lt;b&gt;심사위원&lt;/b&gt; — 빨간색: 배정된 출품작 중 아직 제출하지 않은 것이 있음</translation>
    </message>
    <message>
        <source>Progress per judge</source>
        <translation>심사위원별 진행 상황</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories&lt;/b&gt;</source>
        <translation>&lt;b&gt;부문&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>부문별 진행 상황</translation>
    </message>
    <message>
        <source>Every round is closed.</source>
        <translation>모든 라운드가 종료되었습니다.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Progress of round “%1”&lt;/h2&gt;%2 of %3 scorecards submitted; %4 judge(s) still to finish.</source>
        <translation>&lt;h2&gt;“%1” 라운드 진행 상황&lt;/h2&gt;채점표 %3건 중 %2건 제출, 아직 마치지 않은 심사위원 %4명.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ResultsModel</name>
    <message>
        <source>tie</source>
        <translation>동점</translation>
    </message>
    <message>
        <source>below quorum</source>
        <translation>정족수 미달</translation>
    </message>
    <message>
        <source>plain mean (fewer than %1 marks)</source>
        <translation>단순 평균(점수 %1개 미만)</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>비교 대상 없음</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ResultsScreen</name>
    <message>
        <source>The method chosen in advance decides the ranks; the others show robustness.</source>
        <translation>미리 정한 방법으로 순위를 정하며, 나머지 방법은 결과의 안정성을 보여 줍니다.</translation>
    </message>
    <message>
        <source>trim </source>
        <translation>절사 </translation>
    </message>
    <message>
        <source>quorum </source>
        <translation>정족수 </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Tally method</source>
        <translation>집계 방법</translation>
    </message>
    <message>
        <source>Marks trimmed at each end</source>
        <translation>양 끝에서 제외할 점수 수</translation>
    </message>
    <message>
        <source>Quorum of scorecards</source>
        <translation>채점표 정족수</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>부문:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>방법:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Cannot tally</source>
        <translation>집계할 수 없습니다</translation>
    </message>
    <message>
        <source>Robustness: stable — the same winners under all %1 methods and with each of the %2 judges left out in turn.</source>
        <translation>안정성: 안정 — %1가지 방법 모두에서, 그리고 심사위원 %2명을 한 명씩 빼도 수상작이 같습니다.</translation>
    </message>
    <message>
        <source>Robustness: NOT stable — the tier winners change with the method or when a judge is left out; see jurybox-cli tally for the lists.</source>
        <translation>안정성: 불안정 — 방법을 바꾸거나 심사위원을 빼면 등급별 수상작이 달라집니다. 목록은 jurybox-cli tally로 확인하세요.</translation>
    </message>
    <message>
        <source>Tie for %1 at rank %2: %3 (not broken).</source>
        <translation>%1 부문 %2위 동점: %3(가리지 않음).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt;: ICC(2,k) %1 · ICC(1,k) %2 · Krippendorff&apos;s α (interval) %3 · %4 entries, %5 judges&lt;br&gt;&lt;b&gt;Severity&lt;/b&gt; (points on 0–100 against the other judges): %6</source>
        <translation>&lt;b&gt;일치도&lt;/b&gt;: ICC(2,k) %1 · ICC(1,k) %2 · Krippendorff α(구간) %3 · 출품작 %4건, 심사위원 %5명&lt;br&gt;&lt;b&gt;엄격도&lt;/b&gt;(다른 심사위원 대비 0–100 척도의 점수 차): %6</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>Score distributions</source>
        <translation>점수 분포</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>해당 없음</translation>
    </message>
    <message>
        <source>Tallying…</source>
        <translation>집계 중…</translation>
    </message>
    <message>
        <source>Reading the scores</source>
        <translation>점수를 읽는 중</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ScoreSpreadView</name>
    <message numerus="yes">
        <source>%n scorecard(s) · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6</source>
        <translation>
            <numerusform>채점표 %n건 · 최저 %1 · 사분위수 %2 / %3 / %4 · 최고 %5 · 평균 %6</numerusform>
        </translation>
    </message>
    <message>
        <source>scorecard total</source>
        <translation>채점표 총점</translation>
    </message>
    <message>
        <source>Scorecard totals per judge</source>
        <translation>심사위원별 채점표 총점</translation>
    </message>
    <message>
        <source>Scorecard totals per category</source>
        <translation>부문별 채점표 총점</translation>
    </message>
    <message>
        <source>Harshest and most lenient</source>
        <translation>가장 엄격한 심사위원과 가장 관대한 심사위원</translation>
    </message>
    <message>
        <source>Harshest first</source>
        <translation>엄격한 순</translation>
    </message>
    <message>
        <source>Most lenient first</source>
        <translation>관대한 순</translation>
    </message>
    <message>
        <source>By judge</source>
        <translation>심사위원순</translation>
    </message>
    <message>
        <source>Which judges</source>
        <translation>표시할 심사위원</translation>
    </message>
    <message>
        <source>show </source>
        <translation>표시 </translation>
    </message>
    <message>
        <source> judges</source>
        <translation>명</translation>
    </message>
    <message>
        <source>Judges shown</source>
        <translation>표시할 심사위원 수</translation>
    </message>
    <message>
        <source>Each box spans the middle half of the totals (0–100) a judge gave, the line in it is the median, the whiskers reach the lowest and the highest. Judges are ordered by severity: the mean difference from the other judges on the same entries; red boxes are harsher and blue ones more lenient than the panel by more than %1 points.</source>
        <translation>상자는 한 심사위원이 준 총점(0–100)의 가운데 절반을, 상자 안의 선은 중앙값을, 수염은 최저와 최고를 나타냅니다. 심사위원은 엄격도 순으로 정렬됩니다. 엄격도는 같은 출품작에 대해 다른 심사위원과 낸 점수 차의 평균입니다. 빨간 상자는 심사위원단보다 %1점 넘게 엄격하고, 파란 상자는 %1점 넘게 관대합니다.</translation>
    </message>
    <message>
        <source>Judges:</source>
        <translation>심사위원:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;severity %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;엄격도 %4</translation>
    </message>
    <message>
        <source>n/a (no shared entry)</source>
        <translation>해당 없음(함께 채점한 출품작 없음)</translation>
    </message>
    <message>
        <source>Scorecard totals per judge — %1 of %2 judges, round “%3”</source>
        <translation>심사위원별 채점표 총점 — 심사위원 %2명 중 %1명, “%3” 라운드</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::SettingsDialog</name>
    <message>
        <source>Settings — Jurybox</source>
        <translation>설정 — Jurybox</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>시스템 설정 따름(%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>The ceremony handbook has its own language, chosen when it is exported (jurybox-cli export --language en|ko|es).</source>
        <translation>시상식 핸드북의 언어는 따로 정하며, 내보낼 때 선택합니다(jurybox-cli export --language en|ko|es).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>저장</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>A new language applies the next time Jurybox starts.</source>
        <translation>새 언어는 다음에 Jurybox를 시작할 때부터 적용됩니다.</translation>
    </message>
    <message>
        <source>Jurybox will speak %1 the next time it starts.</source>
        <translation>다음에 Jurybox를 시작할 때부터 표시 언어가 바뀝니다: %1</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::SubmissionModel</name>
    <message>
        <source>Entry</source>
        <translation>출품작</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>City</source>
        <translation>도시</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>국가</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>부문</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::SubmissionsScreen</name>
    <message>
        <source>All categories</source>
        <translation>모든 부문</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>모든 국가</translation>
    </message>
    <message>
        <source>Search entries, cities, countries, organisations…</source>
        <translation>출품작, 도시, 국가, 기관 검색…</translation>
    </message>
    <message>
        <source>Search submissions</source>
        <translation>출품작 검색</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>CSV 가져오기…</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>출품작</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>선택한 출품작</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>출품작 가져오기</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>Double-click an entry&apos;s status to change it; Edit › Undo takes the change back.</source>
        <translation>출품작의 상태를 더블클릭해 바꾸고, 편집 › 실행 취소로 되돌립니다.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::TaskDialog</name>
    <message>
        <source>%1
Cancelling: the change in progress is being rolled back…</source>
        <translation>%1
취소 중: 진행 중이던 변경을 되돌리고 있습니다…</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::TierModel</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Change refused — nothing was changed</source>
        <translation>변경 거부됨 — 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>tier &quot;%1&quot;: minimum score &quot;%2&quot; refused: write a number from 0 to 100, or leave it empty for none</source>
        <translation>등급 &quot;%1&quot;: 최저 점수 &quot;%2&quot; 거부됨: 0에서 100 사이의 숫자를 쓰거나, 없으면 비워 두세요</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>%1위</translation>
    </message>
    <message>
        <source>Prize tier</source>
        <translation>수상 등급</translation>
    </message>
    <message>
        <source>Minimum score (0–100)</source>
        <translation>최저 점수(0–100)</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::WelcomePage</name>
    <message>
        <source>Welcome — Jurybox</source>
        <translation>환영합니다 — Jurybox</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Jurybox&lt;/h1&gt;&lt;p&gt;Judging for smart-city awards: judges score offline on their own laptops, the secretariat merges their scorecards, tallies the winners, checks the result and signs it off, and the ceremony gets its handbook.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Jurybox&lt;/h1&gt;&lt;p&gt;스마트 시티 어워드를 위한 심사 도구입니다. 심사위원은 각자의 노트북에서 오프라인으로 채점하고, 사무국은 채점표를 모아 수상작을 집계하고 결과를 검토해 확정하며, 시상식에는 핸드북이 전달됩니다.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Secretariat officer</source>
        <translation>사무국 담당자</translation>
    </message>
    <message>
        <source>Sets up the award, imports the entries and the judges, records conflicts of interest, assigns the judges and sends each one a package. Merges the returned packages, tallies, checks the result, signs it off and exports it.</source>
        <translation>어워드를 설정하고 출품작과 심사위원을 가져오며, 이해충돌을 기록하고 심사위원을 배정해 각자에게 패키지를 보냅니다. 돌아온 패키지를 병합하고 집계한 뒤 결과를 검토해 확정하고 내보냅니다.</translation>
    </message>
    <message>
        <source>New award…</source>
        <translation>새 어워드…</translation>
    </message>
    <message>
        <source>Open an award…</source>
        <translation>어워드 열기…</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>심사위원</translation>
    </message>
    <message>
        <source>Opens the package from the secretariat with the access code sent separately, reads each entry, scores every criterion and writes a comment — offline; every mark is saved at once. Submits, then sends the file back.</source>
        <translation>사무국에서 받은 패키지를 따로 전달받은 접근 코드로 열고, 출품작을 하나씩 읽으며 모든 평가 항목에 점수를 매기고 의견을 씁니다. 오프라인으로 작업하며 점수는 즉시 저장됩니다. 제출한 뒤 파일을 돌려보냅니다.</translation>
    </message>
    <message>
        <source>Open a judge package…</source>
        <translation>심사위원 패키지 열기…</translation>
    </message>
    <message>
        <source>Ceremony organiser</source>
        <translation>시상식 담당자</translation>
    </message>
    <message>
        <source>Receives the ceremony handbook (PDF or HTML, in English, Korean or Spanish) and the result tables (CSV, Excel) from the secretariat.</source>
        <translation>사무국에서 시상식 핸드북(PDF 또는 HTML, 영어·한국어·스페인어)과 결과 표(CSV, Excel)를 받습니다.</translation>
    </message>
    <message>
        <source>Try it: open the demo award (the 2nd WeGO Awards 2014)</source>
        <translation>체험해 보기: 데모 어워드 열기(제2회 WeGO 어워드 2014)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;최근 파일&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>최근 파일</translation>
    </message>
    <message>
        <source>Settings (language)…</source>
        <translation>설정(언어)…</translation>
    </message>
</context>
</TS>
