<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>Handbook</name>
    <message>
        <source>weighted mean</source>
        <translation>media ponderada</translation>
    </message>
    <message>
        <source>trimmed mean</source>
        <translation>media recortada</translation>
    </message>
    <message>
        <source>median</source>
        <translation>mediana</translation>
    </message>
    <message>
        <source>z-score</source>
        <translation>puntuación z</translation>
    </message>
    <message>
        <source>Borda count</source>
        <translation>recuento de Borda</translation>
    </message>
    <message>
        <source>mean of each criterion, weighted into a 0–100 score</source>
        <translation>media de cada criterio, ponderada en una puntuación de 0 a 100</translation>
    </message>
    <message>
        <source>each criterion&apos;s mean without its K highest and K lowest marks, weighted into 0–100</source>
        <translation>media de cada criterio sin sus K puntuaciones más altas ni sus K más bajas, ponderada de 0 a 100</translation>
    </message>
    <message>
        <source>median of each criterion, weighted into a 0–100 score</source>
        <translation>mediana de cada criterio, ponderada en una puntuación de 0 a 100</translation>
    </message>
    <message>
        <source>mean of the judges&apos; standardised totals</source>
        <translation>media de los totales estandarizados de los miembros del jurado</translation>
    </message>
    <message>
        <source>mean fraction of each judge&apos;s other entries in the category beaten (ties half)</source>
        <translation>fracción media de las demás candidaturas de cada miembro del jurado en la categoría a las que supera (los empates cuentan la mitad)</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <extracomment>A QDate format for the sign-off date in the handbook: the language&apos;s usual long date, month as a word.</extracomment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Ceremony Handbook</source>
        <translation>Manual de la ceremonia</translation>
    </message>
    <message>
        <source>Organised by</source>
        <translation>Organizado por</translation>
    </message>
    <message>
        <source>Edition %1</source>
        <translation>Edición %1</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Position &amp; Organisation</source>
        <translation>Cargo y organización</translation>
    </message>
    <message>
        <source>Vacant</source>
        <translation>Desierto</translation>
    </message>
    <message>
        <source>below the minimum score</source>
        <translation>por debajo de la puntuación mínima</translation>
    </message>
    <message>
        <source>no entry at this rank</source>
        <translation>ninguna candidatura en este puesto</translation>
    </message>
    <message>
        <source>%1: vacant (%2).</source>
        <extracomment>%1 is the tier&apos;s name as the award defines it (&quot;Most Promising&quot;), %2 the reason.</extracomment>
        <translation>%1: desierto (%2).</translation>
    </message>
    <message>
        <source>%1 Winners</source>
        <extracomment>%1 is the award&apos;s name as entered (&quot;The 2nd WeGO Awards 2014&quot;).</extracomment>
        <translation>%1: ganadores</translation>
    </message>
    <message>
        <source>Judging Panel of %1</source>
        <extracomment>%1 is the award&apos;s name (&quot;The 2nd WeGO Awards 2014&quot;).</extracomment>
        <translation>Jurado de %1</translation>
    </message>
    <message>
        <source>Judging Method</source>
        <translation>Método de evaluación</translation>
    </message>
    <message>
        <source>%1 from %2 in %3 were judged in the round “%4”; %5 from %6 were counted (only complete, submitted scorecards of eligible entries count).</source>
        <extracomment>%1 eligible entries, %2 countries, %3 categories, %4 the round&apos;s name, %5 scorecards, %6 judges.</extracomment>
        <translation>En la ronda «%4» se evaluaron %1 de %2 en %3; se contaron %5 de %6 (solo cuentan las fichas de evaluación completas y enviadas de candidaturas admitidas).</translation>
    </message>
    <message numerus="yes">
        <source>%n eligible entries</source>
        <translation>
            <numerusform>%n candidatura admitida</numerusform>
            <numerusform>%n candidaturas admitidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n countries</source>
        <translation>
            <numerusform>%n país</numerusform>
            <numerusform>%n países</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n categories</source>
        <translation>
            <numerusform>%n categoría</numerusform>
            <numerusform>%n categorías</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n scorecards</source>
        <translation>
            <numerusform>%n ficha de evaluación</numerusform>
            <numerusform>%n fichas de evaluación</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n judges</source>
        <translation>
            <numerusform>%n miembro del jurado</numerusform>
            <numerusform>%n miembros del jurado</numerusform>
        </translation>
    </message>
    <message>
        <source>Method: %1 (%2). Quorum: %3; an entry with fewer is listed but not ranked.</source>
        <translation>Método: %1 (%2). Quórum: %3; una candidatura con menos aparece en la lista, pero sin puesto.</translation>
    </message>
    <message>
        <source>Trim: K = %1 (the %1 highest and %1 lowest marks of each criterion are dropped).</source>
        <translation>Recorte: K = %1 (se descartan las %1 puntuaciones más altas y las %1 más bajas de cada criterio).</translation>
    </message>
    <message>
        <source>Ties are broken by the weighted mean, then by the median scorecard total; entries still equal share their rank. The tiers go to ranks 1, 2, 3… in order, and tied entries share their rank&apos;s tier.</source>
        <translation>Los empates se deshacen con la media ponderada y, después, con la mediana de los totales de las fichas; las candidaturas que siguen igualadas comparten puesto. Los niveles se asignan a los puestos 1, 2, 3… por orden, y las candidaturas empatadas comparten el nivel de su puesto.</translation>
    </message>
    <message>
        <source>Agreement and Robustness by Category</source>
        <translation>Concordancia y solidez por categoría</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Scorecards</source>
        <translation>Fichas</translation>
    </message>
    <message>
        <source>Interval α</source>
        <translation>α de intervalo</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estable</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>ICC(2,k): reliability of the panel&apos;s mean mark (Shrout &amp; Fleiss, two-way random effects), over the entries scored by every judge of the category; – where there is no such block. Interval α: Krippendorff&apos;s alpha over all pairs of scorecard totals. Stable: the same tier winners under all five tally methods and with any one judge left out.</source>
        <translation>ICC(2,k): fiabilidad de la puntuación media del jurado (Shrout y Fleiss, efectos aleatorios de dos vías), sobre las candidaturas evaluadas por todos los miembros del jurado de la categoría; – si no hay tal bloque. α de intervalo: alfa de Krippendorff sobre todos los pares de totales de las fichas. Estable: los mismos ganadores de cada nivel con los cinco métodos de recuento y al dejar fuera a cualquier miembro del jurado.</translation>
    </message>
    <message>
        <source>The round “%1” has not been signed off: this result is provisional.</source>
        <translation>La ronda «%1» no se ha validado: este resultado es provisional.</translation>
    </message>
    <message>
        <source>The round “%1” was signed off by %2 on %3 with the %4 method (%5); this handbook was tallied otherwise and is not the signed-off result.</source>
        <extracomment>%1 round, %2 who signed off, %3 the date, %4 the method&apos;s name, %5 its parameters (JSON, as stored).</extracomment>
        <translation>La ronda «%1» la validó %2 el %3 con el método %4 (%5); este manual se calculó de otro modo y no es el resultado validado.</translation>
    </message>
    <message>
        <source>Signed off by %1 on %2. The SHA-256 digest of the round&apos;s inputs and this result is:</source>
        <translation>Validado por %1 el %2. El resumen SHA-256 de los datos de la ronda y de este resultado es:</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>(none yet)</source>
        <translation>(todavía ninguno)</translation>
    </message>
    <message numerus="yes">
        <source>auto-assign %n judge(s) per entry</source>
        <translation>
            <numerusform>asignar automáticamente %n miembro del jurado por candidatura</numerusform>
            <numerusform>asignar automáticamente %n miembros del jurado por candidatura</numerusform>
        </translation>
    </message>
    <message>
        <source>Change refused — nothing was changed</source>
        <translation>Cambio rechazado: no se cambió nada</translation>
    </message>
    <message>
        <source>Undo refused — nothing was changed</source>
        <translation>Deshacer rechazado: no se cambió nada</translation>
    </message>
    <message>
        <source>assign %1 to %2</source>
        <translation>asignar %1 a %2</translation>
    </message>
    <message>
        <source>unassign %1 from %2</source>
        <translation>retirar a %1 de %2</translation>
    </message>
    <message>
        <source>change the award&apos;s details</source>
        <translation>cambiar los datos del premio</translation>
    </message>
    <message>
        <source>change category &quot;%1&quot;</source>
        <translation>cambiar la categoría «%1»</translation>
    </message>
    <message>
        <source>confirm the conflict of %1 with %2</source>
        <translation>confirmar el conflicto de %1 con %2</translation>
    </message>
    <message>
        <source>clear the conflict of %1 with %2</source>
        <translation>descartar el conflicto de %1 con %2</translation>
    </message>
    <message>
        <source>mark %1 with %2 as a possible conflict</source>
        <translation>marcar %1 con %2 como posible conflicto</translation>
    </message>
    <message>
        <source>change criterion &quot;%1&quot;</source>
        <translation>cambiar el criterio «%1»</translation>
    </message>
    <message>
        <source>mark %1 %2</source>
        <translation>marcar %1 como %2</translation>
    </message>
    <message>
        <source>change tier &quot;%1&quot;</source>
        <translation>cambiar el nivel «%1»</translation>
    </message>
    <message>
        <source>Importing %1</source>
        <translation>Importando %1</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Importación cancelada</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was changed.</source>
        <translation>Se canceló la importación: no se cambió nada.</translation>
    </message>
    <message>
        <source>Import refused — nothing was changed</source>
        <translation>Importación rechazada: no se cambió nada</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentLegend</name>
    <message>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <source>scorecard in draft</source>
        <translation>ficha en borrador</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>confirmed conflict (blocks)</source>
        <translation>conflicto confirmado (bloquea)</translation>
    </message>
    <message>
        <source>possible conflict (to review)</source>
        <translation>posible conflicto (por revisar)</translation>
    </message>
    <message>
        <source>cleared</source>
        <translation>descartado</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentMatrixModel</name>
    <message>
        <source>assigned</source>
        <translation>asignada</translation>
    </message>
    <message>
        <source>scorecard submitted</source>
        <translation>ficha enviada</translation>
    </message>
    <message>
        <source>scorecard in draft</source>
        <translation>ficha en borrador</translation>
    </message>
    <message>
        <source>%1 conflict</source>
        <translation>conflicto %1</translation>
    </message>
    <message>
        <source>not assigned</source>
        <translation>sin asignar</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n judge(s) assigned in this round</source>
        <translation>
            <numerusform>%1: %n miembro del jurado asignado en esta ronda</numerusform>
            <numerusform>%1: %n miembros del jurado asignados en esta ronda</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;br&gt;× &lt;b&gt;%4&lt;/b&gt; %5, %6 (%7)&lt;br&gt;%8</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2 (%3)&lt;br&gt;× &lt;b&gt;%4&lt;/b&gt; %5, %6 (%7)&lt;br&gt;%8</translation>
    </message>
    <message>
        <source>&lt;br&gt;Reason: %1</source>
        <translation>&lt;br&gt;Motivo: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3, %4) · %5 · %6</source>
        <translation>%1 — %2 (%3, %4) · %5 · %6</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <source>Judges assigned to the entry in this round</source>
        <translation>Miembros del jurado asignados a la candidatura en esta ronda</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 (%3, %4): %n entry(ies) assigned in this round</source>
        <translation>
            <numerusform>%1 %2 (%3, %4): %n candidatura asignada en esta ronda</numerusform>
            <numerusform>%1 %2 (%3, %4): %n candidaturas asignadas en esta ronda</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AssignmentScreen</name>
    <message>
        <source>Round</source>
        <translation>Ronda</translation>
    </message>
    <message>
        <source>Search entries, cities, countries…</source>
        <translation>Buscar candidaturas, ciudades, países…</translation>
    </message>
    <message>
        <source>Search entries</source>
        <translation>Buscar candidaturas</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>All entries</source>
        <translation>Todas las candidaturas</translation>
    </message>
    <message>
        <source>Possible conflicts to review</source>
        <translation>Posibles conflictos por revisar</translation>
    </message>
    <message>
        <source>Confirmed conflicts</source>
        <translation>Conflictos confirmados</translation>
    </message>
    <message>
        <source>Cleared conflicts</source>
        <translation>Conflictos descartados</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Candidaturas mostradas</translation>
    </message>
    <message>
        <source>Round:</source>
        <translation>Ronda:</translation>
    </message>
    <message>
        <source>Conflicts and assignments</source>
        <translation>Conflictos y asignaciones</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Conflicts &amp;amp; assignments&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Conflictos y asignaciones&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Assign / unassign</source>
        <translation>Asignar / retirar</translation>
    </message>
    <message>
        <source>Find conflicts</source>
        <translation>Buscar conflictos</translation>
    </message>
    <message>
        <source>Record every judge and entry from the same country as a possible conflict</source>
        <translation>Registra como posible conflicto cada miembro del jurado y candidatura del mismo país</translation>
    </message>
    <message>
        <source>Assign the judge of the selected cell to its entry, or take them off it (also: double-click, Space)</source>
        <translation>Asigna el miembro del jurado de la celda seleccionada a su candidatura, o lo retira (también: doble clic, Espacio)</translation>
    </message>
    <message>
        <source>Confirm conflict</source>
        <translation>Confirmar conflicto</translation>
    </message>
    <message>
        <source>The judge may no longer score the entry; their assignment is removed</source>
        <translation>El miembro del jurado ya no podrá puntuar la candidatura; se retira su asignación</translation>
    </message>
    <message>
        <source>Clear conflict</source>
        <translation>Descartar conflicto</translation>
    </message>
    <message>
        <source>Looked at and dismissed: the judge may score the entry</source>
        <translation>Revisado y descartado: el miembro del jurado puede puntuar la candidatura</translation>
    </message>
    <message>
        <source>Declare conflict…</source>
        <translation>Declarar conflicto…</translation>
    </message>
    <message>
        <source>Record a confirmed conflict with its reason</source>
        <translation>Registra un conflicto confirmado con su motivo</translation>
    </message>
    <message>
        <source>Auto-assign…</source>
        <translation>Asignación automática…</translation>
    </message>
    <message>
        <source>Give every eligible entry K judges, balanced, never a conflicted one</source>
        <translation>Da a cada candidatura admitida K miembros del jurado, equilibrados, nunca uno con conflicto</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>The award has no round.</source>
        <translation>El premio no tiene ninguna ronda.</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <source>%1 entries × %2 judges in round “%3”: %4 assignment(s); conflicts: %5 confirmed, %6 possible (to review), %7 cleared.</source>
        <translation>%1 candidaturas × %2 miembros del jurado en la ronda «%3»: %4 asignaciones; conflictos: %5 confirmados, %6 posibles (por revisar), %7 descartados.</translation>
    </message>
    <message numerus="yes">
        <source>%n possible conflict(s) recorded (a judge from the entry&apos;s country); show them with “Possible conflicts to review” and confirm or clear each.</source>
        <translation>
            <numerusform>%n posible conflicto registrado (un miembro del jurado del país de la candidatura); muéstrelo con «Posibles conflictos por revisar» y confírmelo o descártelo.</numerusform>
            <numerusform>%n posibles conflictos registrados (un miembro del jurado del país de la candidatura); muéstrelos con «Posibles conflictos por revisar» y confirme o descarte cada uno.</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts recorded</source>
        <translation>No se registró ningún conflicto</translation>
    </message>
    <message>
        <source>Auto-assign, round “%1”, %2 judge(s) per entry (seed %3): %4 assignment(s) added, %5 kept; each judge now has %6–%7 entries.</source>
        <translation>Asignación automática, ronda «%1», %2 miembros del jurado por candidatura (semilla %3): %4 asignaciones añadidas, %5 conservadas; cada miembro del jurado tiene ahora %6–%7 candidaturas.</translation>
    </message>
    <message>
        <source>Select a cell of a judge&apos;s column first.</source>
        <translation>Seleccione antes una celda de la columna de un miembro del jurado.</translation>
    </message>
    <message>
        <source>Declare a conflict</source>
        <translation>Declarar un conflicto</translation>
    </message>
    <message>
        <source>Why may %1 not judge %2?</source>
        <translation>¿Por qué no puede %1 evaluar %2?</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AutoAssignDialog</name>
    <message>
        <source>Auto-assign judges</source>
        <translation>Asignar el jurado automáticamente</translation>
    </message>
    <message>
        <source>Judges per entry</source>
        <translation>Miembros del jurado por candidatura</translation>
    </message>
    <message>
        <source>Seed</source>
        <translation>Semilla</translation>
    </message>
    <message>
        <source>Gives each of the %1 eligible entries of round “%2” K judges from the panel of %3: never a judge with a confirmed conflict, the %4 existing assignment(s) kept, the loads balanced. The same seed gives the same assignments.&lt;br&gt;&lt;br&gt;Edit › Undo removes exactly the assignments this adds.</source>
        <translation>Da a cada una de las %1 candidaturas admitidas de la ronda «%2» K miembros de un jurado de %3: nunca uno con un conflicto confirmado, se conservan las %4 asignaciones existentes y se equilibran las cargas. La misma semilla da las mismas asignaciones.&lt;br&gt;&lt;br&gt;Edición › Deshacer retira exactamente las asignaciones que esto añade.</translation>
    </message>
    <message>
        <source>Judges per entry (K):</source>
        <translation>Miembros del jurado por candidatura (K):</translation>
    </message>
    <message>
        <source>Seed:</source>
        <translation>Semilla:</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Asignar</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::AwardScreen</name>
    <message>
        <source>Award overview</source>
        <translation>Resumen del premio</translation>
    </message>
    <message>
        <source>%1 (closed)</source>
        <translation>%1 (cerrada)</translation>
    </message>
    <message>
        <source>Categories and criteria</source>
        <translation>Categorías y criterios</translation>
    </message>
    <message>
        <source>%1 (weight %2, %3–%4)</source>
        <translation>%1 (peso %2, %3–%4)</translation>
    </message>
    <message>
        <source>Records</source>
        <translation>Registros</translation>
    </message>
    <message>
        <source>Audit trail intact: %1 events.</source>
        <translation>Registro de auditoría íntegro: %1 eventos.</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit trail has been tampered with:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;El registro de auditoría ha sido manipulado:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source> — &lt;b&gt;in force&lt;/b&gt;: the tally is frozen</source>
        <translation> — &lt;b&gt;vigente&lt;/b&gt;: el recuento está congelado</translation>
    </message>
    <message>
        <source> — revoked by %1</source>
        <translation> — revocada por %1</translation>
    </message>
    <message>
        <source>Award name</source>
        <translation>Nombre del premio</translation>
    </message>
    <message>
        <source>Edition year</source>
        <translation>Año de la edición</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Organizador</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation>&amp;Año:</translation>
    </message>
    <message>
        <source>&amp;Organiser:</source>
        <translation>&amp;Organizador:</translation>
    </message>
    <message>
        <source>Rounds:</source>
        <translation>Rondas:</translation>
    </message>
    <message>
        <source>Prize tiers</source>
        <translation>Niveles de premio</translation>
    </message>
    <message>
        <source>Tiers go to ranks 1, 2, 3… in order; a tier stays vacant when the entry at its rank scores below its minimum. Double-click to edit.</source>
        <translation>Los niveles se asignan a los puestos 1, 2, 3… por orden; un nivel queda desierto si la candidatura de su puesto no llega a su mínimo. Doble clic para editar.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Award&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Premio&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Entries:&lt;/b&gt; %1 from %2 countries · &lt;b&gt;Judges:&lt;/b&gt; %3&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Candidaturas:&lt;/b&gt; %1 de %2 países · &lt;b&gt;Jurado:&lt;/b&gt; %3&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriteriaModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message numerus="yes">
        <source>%n level(s)</source>
        <translation>
            <numerusform>%n nivel</numerusform>
            <numerusform>%n niveles</numerusform>
        </translation>
    </message>
    <message>
        <source>Category / criterion</source>
        <translation>Categoría / criterio</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation>Peso</translation>
    </message>
    <message>
        <source>Min</source>
        <translation>Mín.</translation>
    </message>
    <message>
        <source>Max</source>
        <translation>Máx.</translation>
    </message>
    <message>
        <source>Descriptors</source>
        <translation>Descriptores</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriteriaScreen</name>
    <message>
        <source>Apply descriptors</source>
        <translation>Aplicar los descriptores</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Categories &amp;amp; criteria&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Categorías y criterios&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Double-click a cell to edit it; Edit › Undo takes a change back. While a tally is signed off, names, weights and scales are frozen; descriptions stay editable.</source>
        <translation>Doble clic en una celda para editarla; Edición › Deshacer revierte un cambio. Mientras un recuento está validado, los nombres, pesos y escalas están congelados; las descripciones siguen siendo editables.</translation>
    </message>
    <message>
        <source>Categories and criteria</source>
        <translation>Categorías y criterios</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>What a score at this level means</source>
        <translation>Qué significa una puntuación de este nivel</translation>
    </message>
    <message>
        <source>Level descriptors</source>
        <translation>Descriptores de nivel</translation>
    </message>
    <message>
        <source>Add level</source>
        <translation>Añadir nivel</translation>
    </message>
    <message>
        <source>Remove level</source>
        <translation>Quitar nivel</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level descriptors&lt;/b&gt;&lt;br&gt;Select a criterion to describe its levels.</source>
        <translation>&lt;b&gt;Descriptores de nivel&lt;/b&gt;&lt;br&gt;Seleccione un criterio para describir sus niveles.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Level descriptors of %1&lt;/b&gt; (scale %2–%3)&lt;br&gt;What judges read beside each level; each level lies within the scale.</source>
        <translation>&lt;b&gt;Descriptores de nivel de %1&lt;/b&gt; (escala %2–%3)&lt;br&gt;Lo que el jurado lee junto a cada nivel; cada nivel está dentro de la escala.</translation>
    </message>
    <message>
        <source>Descriptors not changed</source>
        <translation>Descriptores sin cambios</translation>
    </message>
    <message>
        <source>criterion &quot;%1&quot;: descriptor level &quot;%2&quot; refused: a level is a number on the scale (write decimals with a point, e.g. 7.5)</source>
        <translation>criterio «%1»: nivel de descriptor «%2» rechazado: un nivel es un número de la escala (escriba los decimales con punto, p. ej. 7.5)</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::CriterionDelegate</name>
    <message>
        <source>Weight of %1</source>
        <translation>Peso de %1</translation>
    </message>
    <message>
        <source>Lowest score of %1</source>
        <translation>Puntuación mínima de %1</translation>
    </message>
    <message>
        <source>Highest score of %1</source>
        <translation>Puntuación máxima de %1</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ErrorPresenter</name>
    <message>
        <source>OK</source>
        <translation>Aceptar</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ExportScreen</name>
    <message>
        <source>&lt;h2&gt;Export&lt;/h2&gt;&lt;p&gt;The handbook and the tables use the method of the round&apos;s sign-off when there is one (its digest is printed), otherwise weighted-mean. Existing files are never overwritten.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Exportar&lt;/h2&gt;&lt;p&gt;El manual y las tablas usan el método de la validación de la ronda si la hay (se imprime su resumen) y, si no, la media ponderada. Nunca se sobrescriben archivos existentes.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Ceremony handbook (PDF or HTML)…</source>
        <translation>Manual de la ceremonia (PDF o HTML)…</translation>
    </message>
    <message>
        <source>Cover, winners table, a profile of every winner, the judging panel and the method note.</source>
        <translation>Portada, tabla de ganadores, una ficha de cada ganador, el jurado y la nota sobre el método.</translation>
    </message>
    <message>
        <source>Tables for spreadsheets (CSV folder)…</source>
        <translation>Tablas para hojas de cálculo (carpeta CSV)…</translation>
    </message>
    <message>
        <source>results, scores (re-importable), submissions, judges and criteria; UTF-8 with BOM; cells that look like formulas are neutralised.</source>
        <translation>resultados, puntuaciones (reimportables), candidaturas, jurado y criterios; UTF-8 con BOM; las celdas que parecen fórmulas se neutralizan.</translation>
    </message>
    <message>
        <source>Excel workbook (XLSX)…</source>
        <translation>Libro de Excel (XLSX)…</translation>
    </message>
    <message>
        <source>One sheet per table and one per category&apos;s results.</source>
        <translation>Una hoja por tabla y otra por los resultados de cada categoría.</translation>
    </message>
    <message>
        <source>JSON document…</source>
        <translation>Documento JSON…</translation>
    </message>
    <message>
        <source>The whole award and its tally for scripts (never the access codes).</source>
        <translation>El premio completo y su recuento, para scripts (nunca los códigos de acceso).</translation>
    </message>
    <message>
        <source>Ceremony handbook</source>
        <translation>Manual de la ceremonia</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Folder for the CSV tables</source>
        <translation>Carpeta para las tablas CSV</translation>
    </message>
    <message>
        <source>Excel workbook</source>
        <translation>Libro de Excel</translation>
    </message>
    <message>
        <source>Excel (*.xlsx)</source>
        <translation>Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON document</source>
        <translation>Documento JSON</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>%1: the handbook is written as .pdf or .html</source>
        <translation>%1: el manual se escribe como .pdf o .html</translation>
    </message>
    <message>
        <source>Nothing was exported</source>
        <translation>No se exportó nada</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>Escrito: %1</translation>
    </message>
    <message>
        <source>Exporting %1</source>
        <translation>Exportando %1</translation>
    </message>
    <message>
        <source>Reading and tallying the award</source>
        <translation>Leyendo el premio y haciendo el recuento</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Escribiendo %1</translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>Exportación cancelada</translation>
    </message>
    <message>
        <source>The export was cancelled: nothing was written.</source>
        <translation>Se canceló la exportación: no se escribió nada.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgeEntryModel</name>
    <message>
        <source>not started</source>
        <translation>sin empezar</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>submitted</source>
        <translation>enviada</translation>
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
        <translation>emitido</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>todavía no</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Cargo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgeWindow</name>
    <message>
        <source>&amp;Submit this scorecard</source>
        <translation>&amp;Enviar esta ficha</translation>
    </message>
    <message>
        <source>&amp;Next unscored</source>
        <translation>&amp;Siguiente sin puntuar</translation>
    </message>
    <message>
        <source>%1 — %2 — judge %3 — Jurybox</source>
        <translation>%1 — %2 — jurado %3 — Jurybox</translation>
    </message>
    <message>
        <source>Your entries</source>
        <translation>Sus candidaturas</translation>
    </message>
    <message>
        <source>Entry text</source>
        <translation>Texto de la candidatura</translation>
    </message>
    <message>
        <source>Your comment for the secretariat (saved as you type)</source>
        <translation>Su comentario para la secretaría (se guarda mientras escribe)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Submit this scorecard</source>
        <translation>Enviar esta ficha</translation>
    </message>
    <message>
        <source>Next unscored entry</source>
        <translation>Siguiente candidatura sin puntuar</translation>
    </message>
    <message>
        <source>%v of %m submitted</source>
        <translation>%v de %m enviadas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Cerrar</translation>
    </message>
    <message>
        <source>&amp;Comment:</source>
        <translation>&amp;Comentario:</translation>
    </message>
    <message>
        <source>%1 — every mark is saved the moment you enter it.</source>
        <translation>%1 — cada puntuación se guarda en cuanto la introduce.</translation>
    </message>
    <message>
        <source>Comment not saved</source>
        <translation>Comentario no guardado</translation>
    </message>
    <message>
        <source>(blind review)</source>
        <translation>(evaluación anónima)</translation>
    </message>
    <message>
        <source>%1 to %2, weight %3</source>
        <translation>de %1 a %2, peso %3</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;weight %2 · %3–%4&lt;/small&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;&lt;small&gt;peso %2 · %3–%4&lt;/small&gt;</translation>
    </message>
    <message>
        <source>Mark not saved</source>
        <translation>Puntuación no guardada</translation>
    </message>
    <message>
        <source>%1 submitted. You can still revise it until you send the file back.</source>
        <translation>%1 enviada. Puede revisarla hasta que devuelva el archivo.</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>Every entry is scored.</source>
        <translation>Todas las candidaturas están puntuadas.</translation>
    </message>
    <message>
        <source>Marks for this entry</source>
        <translation>Puntuaciones de esta candidatura</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::JudgesScreen</name>
    <message>
        <source>&lt;h2&gt;Judging panel&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Jurado&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import judges CSV…</source>
        <translation>Importar CSV del jurado…</translation>
    </message>
    <message>
        <source>Show access code…</source>
        <translation>Mostrar el código de acceso…</translation>
    </message>
    <message>
        <source>Shows the selected judge&apos;s access code, to send apart from the package file</source>
        <translation>Muestra el código de acceso del miembro del jurado seleccionado, para enviarlo aparte del archivo del paquete</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Jurado</translation>
    </message>
    <message numerus="yes">
        <source>%n judge(s); </source>
        <translation>
            <numerusform>%n miembro del jurado; </numerusform>
            <numerusform>%n miembros del jurado; </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n with an access code (codes are generated when a package is written: File › Create judge packages…).</source>
        <translation>
            <numerusform>%n con código de acceso (los códigos se generan al escribir un paquete: Archivo › Crear paquetes del jurado…).</numerusform>
            <numerusform>%n con código de acceso (los códigos se generan al escribir un paquete: Archivo › Crear paquetes del jurado…).</numerusform>
        </translation>
    </message>
    <message>
        <source>Import judges</source>
        <translation>Importar el jurado</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Access code of %1 (%2): %3
Send it apart from the package file.</source>
        <translation>Código de acceso de %1 (%2): %3
Envíelo aparte del archivo del paquete.</translation>
    </message>
    <message>
        <source>%1 (%2) has no access code yet: codes are generated when a package is written (File › Create judge packages…).</source>
        <translation>%1 (%2) aún no tiene código de acceso: los códigos se generan al escribir un paquete (Archivo › Crear paquetes del jurado…).</translation>
    </message>
    <message>
        <source>No access code yet</source>
        <translation>Sin código de acceso todavía</translation>
    </message>
    <message>
        <source>Show access code?</source>
        <translation>¿Mostrar el código de acceso?</translation>
    </message>
    <message>
        <source>Show the access code of %1 (%2) on screen?</source>
        <translation>¿Mostrar en pantalla el código de acceso de %1 (%2)?</translation>
    </message>
    <message>
        <source>Access code</source>
        <translation>Código de acceso</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>Copiar el código</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::MainWindow</name>
    <message>
        <source>%1 — demo, not saved — Jurybox</source>
        <translation>%1 — demostración, sin guardar — Jurybox</translation>
    </message>
    <message>
        <source>%1 — %2 — Jurybox</source>
        <translation>%1 — %2 — Jurybox</translation>
    </message>
    <message>
        <source>Categories &amp; criteria</source>
        <translation>Categorías y criterios</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Award</source>
        <translation>Premio</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Judges</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navegación</translation>
    </message>
    <message>
        <source>The demo award lives in memory: File › Save a copy… keeps it.</source>
        <translation>El premio de demostración está solo en memoria: Archivo › Guardar una copia… lo conserva.</translation>
    </message>
    <message>
        <source>Drop returned .jurypkg files here to merge them.</source>
        <translation>Suelte aquí los archivos .jurypkg devueltos para incorporarlos.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open the &amp;demo award</source>
        <translation>Abrir el premio de &amp;demostración</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Create judge packages…</source>
        <translation>&amp;Crear paquetes del jurado…</translation>
    </message>
    <message>
        <source>Folder for the judge packages</source>
        <translation>Carpeta para los paquetes del jurado</translation>
    </message>
    <message>
        <source>&amp;Merge returned packages…</source>
        <translation>&amp;Incorporar paquetes devueltos…</translation>
    </message>
    <message>
        <source>Returned judge packages</source>
        <translation>Paquetes del jurado devueltos</translation>
    </message>
    <message>
        <source>Judge packages (*.jurypkg)</source>
        <translation>Paquetes del jurado (*.jurypkg)</translation>
    </message>
    <message numerus="yes">
        <source>merging %n package(s)</source>
        <translation>
            <numerusform>incorporar %n paquete</numerusform>
            <numerusform>incorporar %n paquetes</numerusform>
        </translation>
    </message>
    <message>
        <source>Save a &amp;copy…</source>
        <translation>Guardar una &amp;copia…</translation>
    </message>
    <message>
        <source>&amp;Sign off the tally…</source>
        <translation>&amp;Validar el recuento…</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>Con&amp;figuración…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;About Jurybox</source>
        <translation>&amp;Acerca de Jurybox</translation>
    </message>
    <message>
        <source>About Jurybox</source>
        <translation>Acerca de Jurybox</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Jurybox %1&lt;/h3&gt;&lt;p&gt;Judging for smart-city awards: offline scorecards, merged, tallied, checked and signed off.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Jurybox %1&lt;/h3&gt;&lt;p&gt;Evaluación de premios de ciudades inteligentes: fichas de evaluación sin conexión, reunidas, contadas, comprobadas y validadas.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>%1 (judge %2): %3 new, %4 updated, %5 unchanged, %6 ignored</source>
        <translation>%1 (jurado %2): %3 nuevas, %4 actualizadas, %5 sin cambios, %6 ignoradas</translation>
    </message>
    <message>
        <source>%1: REJECTED — %2; nothing from it was merged</source>
        <translation>%1: RECHAZADO — %2; no se incorporó nada de él</translation>
    </message>
    <message>
        <source>Merge report</source>
        <translation>Informe de la incorporación</translation>
    </message>
    <message>
        <source>Packages not written</source>
        <translation>Paquetes no escritos</translation>
    </message>
    <message>
        <source>Access codes</source>
        <translation>Códigos de acceso</translation>
    </message>
    <message>
        <source>Packages written to %1. Send each judge the code separately from the file:</source>
        <translation>Paquetes escritos en %1. Envíe a cada miembro del jurado el código por separado del archivo:</translation>
    </message>
    <message>
        <source>Copy codes</source>
        <translation>Copiar los códigos</translation>
    </message>
    <message>
        <source>Sign off the tally</source>
        <translation>Validar el recuento</translation>
    </message>
    <message>
        <source>Your name, recorded with the sign-off (method: %1):</source>
        <translation>Su nombre, que queda registrado con la validación (método: %1):</translation>
    </message>
    <message>
        <source>signing off</source>
        <translation>validar</translation>
    </message>
    <message>
        <source>Signed off: %1</source>
        <translation>Validado: %1</translation>
    </message>
    <message>
        <source>Not signed off</source>
        <translation>No validado</translation>
    </message>
    <message>
        <source>Back up first?</source>
        <translation>¿Hacer antes una copia de seguridad?</translation>
    </message>
    <message>
        <source>Make a backup copy of the award before %1?</source>
        <translation>¿Hacer una copia de seguridad del premio antes de %1?</translation>
    </message>
    <message>
        <source>Save a copy of the award</source>
        <translation>Guardar una copia del premio</translation>
    </message>
    <message>
        <source>Jurybox awards (*.jurybox)</source>
        <translation>Premios de Jurybox (*.jurybox)</translation>
    </message>
    <message>
        <source>Saved a copy as %1</source>
        <translation>Copia guardada como %1</translation>
    </message>
    <message>
        <source>Copy not saved</source>
        <translation>Copia no guardada</translation>
    </message>
    <message>
        <source>Conflicts &amp; assignments</source>
        <translation>Conflictos y asignaciones</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message numerus="yes">
        <source>Merging %n package(s)</source>
        <translation>
            <numerusform>Fusionando %n paquete</numerusform>
            <numerusform>Fusionando %n paquetes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>CANCELLED — %n package(s) not merged</source>
        <translation>
            <numerusform>CANCELADO: %n paquete sin fusionar</numerusform>
            <numerusform>CANCELADO: %n paquetes sin fusionar</numerusform>
        </translation>
    </message>
    <message>
        <source>Merge cancelled</source>
        <translation>Fusión cancelada</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::OpenFiles</name>
    <message>
        <source>Judge package</source>
        <translation>Paquete del jurado</translation>
    </message>
    <message>
        <source>Access code for %1 (from the secretariat):</source>
        <translation>Código de acceso de %1 (se lo da la secretaría):</translation>
    </message>
    <message>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <source>Cannot open the demo award</source>
        <translation>No se puede abrir el premio de demostración</translation>
    </message>
    <message>
        <source>Open an award or a judge package</source>
        <translation>Abrir un premio o un paquete del jurado</translation>
    </message>
    <message>
        <source>Jurybox files (*.jurybox *.jurypkg);;Awards (*.jurybox);;Judge packages (*.jurypkg)</source>
        <translation>Archivos de Jurybox (*.jurybox *.jurypkg);;Premios (*.jurybox);;Paquetes del jurado (*.jurypkg)</translation>
    </message>
    <message>
        <source>New award</source>
        <translation>Nuevo premio</translation>
    </message>
    <message>
        <source>Jurybox awards (*.jurybox)</source>
        <translation>Premios de Jurybox (*.jurybox)</translation>
    </message>
    <message>
        <source>Award not created</source>
        <translation>Premio no creado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ProgressModel</name>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Submitted / assigned</source>
        <translation>Enviadas / asignadas</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Enviadas</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Asignadas</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Empezadas</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ProgressScreen</name>
    <message>
        <source>&lt;b&gt;Judges&lt;/b&gt; — in red: assigned entries not yet submitted</source>
        <translation>&lt;b&gt;Jurado&lt;/b&gt; — en rojo: candidaturas asignadas aún sin enviar</translation>
    </message>
    <message>
        <source>Progress per judge</source>
        <translation>Progreso por miembro del jurado</translation>
    </message>
    <message>
        <source>&lt;b&gt;Categories&lt;/b&gt;</source>
        <translation>&lt;b&gt;Categorías&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Progress per category</source>
        <translation>Progreso por categoría</translation>
    </message>
    <message>
        <source>Every round is closed.</source>
        <translation>Todas las rondas están cerradas.</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Progress of round “%1”&lt;/h2&gt;%2 of %3 scorecards submitted; %4 judge(s) still to finish.</source>
        <translation>&lt;h2&gt;Progreso de la ronda «%1»&lt;/h2&gt;%2 de %3 fichas enviadas; faltan por terminar %4 miembros del jurado.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ResultsModel</name>
    <message>
        <source>tie</source>
        <translation>empate</translation>
    </message>
    <message>
        <source>below quorum</source>
        <translation>sin quórum</translation>
    </message>
    <message>
        <source>plain mean (fewer than %1 marks)</source>
        <translation>media simple (menos de %1 puntuaciones)</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>sin comparación</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ResultsScreen</name>
    <message>
        <source>The method chosen in advance decides the ranks; the others show robustness.</source>
        <translation>El método elegido de antemano decide los puestos; los demás muestran la solidez.</translation>
    </message>
    <message>
        <source>trim </source>
        <translation>recorte </translation>
    </message>
    <message>
        <source>quorum </source>
        <translation>quórum </translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Tally method</source>
        <translation>Método de recuento</translation>
    </message>
    <message>
        <source>Marks trimmed at each end</source>
        <translation>Puntuaciones recortadas en cada extremo</translation>
    </message>
    <message>
        <source>Quorum of scorecards</source>
        <translation>Quórum de fichas</translation>
    </message>
    <message>
        <source>Category:</source>
        <translation>Categoría:</translation>
    </message>
    <message>
        <source>Method:</source>
        <translation>Método:</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Cannot tally</source>
        <translation>No se puede hacer el recuento</translation>
    </message>
    <message>
        <source>Robustness: stable — the same winners under all %1 methods and with each of the %2 judges left out in turn.</source>
        <translation>Solidez: estable — los mismos ganadores con los %1 métodos y al dejar fuera, uno a uno, a cada uno de los %2 miembros del jurado.</translation>
    </message>
    <message>
        <source>Robustness: NOT stable — the tier winners change with the method or when a judge is left out; see jurybox-cli tally for the lists.</source>
        <translation>Solidez: NO estable — los ganadores cambian con el método o al dejar fuera a un miembro del jurado; vea las listas con jurybox-cli tally.</translation>
    </message>
    <message>
        <source>Tie for %1 at rank %2: %3 (not broken).</source>
        <translation>Empate en %1 en el puesto %2: %3 (sin deshacer).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement&lt;/b&gt;: ICC(2,k) %1 · ICC(1,k) %2 · Krippendorff&apos;s α (interval) %3 · %4 entries, %5 judges&lt;br&gt;&lt;b&gt;Severity&lt;/b&gt; (points on 0–100 against the other judges): %6</source>
        <translation>&lt;b&gt;Concordancia&lt;/b&gt;: ICC(2,k) %1 · ICC(1,k) %2 · α de Krippendorff (intervalo) %3 · %4 candidaturas, %5 miembros del jurado&lt;br&gt;&lt;b&gt;Severidad&lt;/b&gt; (puntos de 0 a 100 respecto de los demás miembros del jurado): %6</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>Clasificación</translation>
    </message>
    <message>
        <source>Score distributions</source>
        <translation>Distribución de las puntuaciones</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
    </message>
    <message>
        <source>Tallying…</source>
        <translation>Haciendo el recuento…</translation>
    </message>
    <message>
        <source>Reading the scores</source>
        <translation>Leyendo las puntuaciones</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::ScoreSpreadView</name>
    <message numerus="yes">
        <source>%n scorecard(s) · lowest %1 · quartiles %2 / %3 / %4 · highest %5 · mean %6</source>
        <translation>
            <numerusform>%n ficha · mínimo %1 · cuartiles %2 / %3 / %4 · máximo %5 · media %6</numerusform>
            <numerusform>%n fichas · mínimo %1 · cuartiles %2 / %3 / %4 · máximo %5 · media %6</numerusform>
        </translation>
    </message>
    <message>
        <source>scorecard total</source>
        <translation>total de la ficha</translation>
    </message>
    <message>
        <source>Scorecard totals per judge</source>
        <translation>Totales de las fichas por miembro del jurado</translation>
    </message>
    <message>
        <source>Scorecard totals per category</source>
        <translation>Totales de las fichas por categoría</translation>
    </message>
    <message>
        <source>Harshest and most lenient</source>
        <translation>Los más severos y los más indulgentes</translation>
    </message>
    <message>
        <source>Harshest first</source>
        <translation>Los más severos primero</translation>
    </message>
    <message>
        <source>Most lenient first</source>
        <translation>Los más indulgentes primero</translation>
    </message>
    <message>
        <source>By judge</source>
        <translation>Por miembro del jurado</translation>
    </message>
    <message>
        <source>Which judges</source>
        <translation>Qué miembros del jurado</translation>
    </message>
    <message>
        <source>show </source>
        <translation>mostrar </translation>
    </message>
    <message>
        <source> judges</source>
        <translation> miembros del jurado</translation>
    </message>
    <message>
        <source>Judges shown</source>
        <translation>Miembros del jurado mostrados</translation>
    </message>
    <message>
        <source>Each box spans the middle half of the totals (0–100) a judge gave, the line in it is the median, the whiskers reach the lowest and the highest. Judges are ordered by severity: the mean difference from the other judges on the same entries; red boxes are harsher and blue ones more lenient than the panel by more than %1 points.</source>
        <translation>Cada caja abarca la mitad central de los totales (0–100) que dio un miembro del jurado, la línea interior es la mediana y los bigotes llegan al mínimo y al máximo. Los miembros del jurado se ordenan por severidad: la diferencia media con los demás en las mismas candidaturas; las cajas rojas son más severas y las azules más indulgentes que el jurado en más de %1 puntos.</translation>
    </message>
    <message>
        <source>Judges:</source>
        <translation>Jurado:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;severity %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; %2&lt;br&gt;%3&lt;br&gt;severidad %4</translation>
    </message>
    <message>
        <source>n/a (no shared entry)</source>
        <translation>n. d. (ninguna candidatura en común)</translation>
    </message>
    <message>
        <source>Scorecard totals per judge — %1 of %2 judges, round “%3”</source>
        <translation>Totales de las fichas por miembro del jurado — %1 de %2, ronda «%3»</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::SettingsDialog</name>
    <message>
        <source>Settings — Jurybox</source>
        <translation>Configuración — Jurybox</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Sistema (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>The ceremony handbook has its own language, chosen when it is exported (jurybox-cli export --language en|ko|es).</source>
        <translation>El manual de la ceremonia tiene su propio idioma, que se elige al exportarlo (jurybox-cli export --language en|ko|es).</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>A new language applies the next time Jurybox starts.</source>
        <translation>Un idioma nuevo se aplica la próxima vez que se inicie Jurybox.</translation>
    </message>
    <message>
        <source>Jurybox will speak %1 the next time it starts.</source>
        <translation>Jurybox estará en %1 la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::SubmissionModel</name>
    <message>
        <source>Entry</source>
        <translation>Candidatura</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::SubmissionsScreen</name>
    <message>
        <source>All categories</source>
        <translation>Todas las categorías</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>All countries</source>
        <translation>Todos los países</translation>
    </message>
    <message>
        <source>Search entries, cities, countries, organisations…</source>
        <translation>Buscar candidaturas, ciudades, países, organizaciones…</translation>
    </message>
    <message>
        <source>Search submissions</source>
        <translation>Buscar candidaturas</translation>
    </message>
    <message>
        <source>Import CSV…</source>
        <translation>Importar CSV…</translation>
    </message>
    <message>
        <source>Submissions</source>
        <translation>Candidaturas</translation>
    </message>
    <message>
        <source>Selected entry</source>
        <translation>Candidatura seleccionada</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Import submissions</source>
        <translation>Importar candidaturas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Double-click an entry&apos;s status to change it; Edit › Undo takes the change back.</source>
        <translation>Doble clic en el estado de una candidatura para cambiarlo; Edición › Deshacer revierte el cambio.</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::TaskDialog</name>
    <message>
        <source>%1
Cancelling: the change in progress is being rolled back…</source>
        <translation>%1
Cancelando: se está deshaciendo el cambio en curso…</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::TierModel</name>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Change refused — nothing was changed</source>
        <translation>Cambio rechazado: no se cambió nada</translation>
    </message>
    <message>
        <source>tier &quot;%1&quot;: minimum score &quot;%2&quot; refused: write a number from 0 to 100, or leave it empty for none</source>
        <translation>nivel «%1»: puntuación mínima «%2» rechazada: escriba un número de 0 a 100, o déjelo vacío si no hay</translation>
    </message>
    <message>
        <source>rank %1</source>
        <translation>puesto %1</translation>
    </message>
    <message>
        <source>Prize tier</source>
        <translation>Nivel de premio</translation>
    </message>
    <message>
        <source>Minimum score (0–100)</source>
        <translation>Puntuación mínima (0–100)</translation>
    </message>
</context>
<context>
    <name>jurybox::ui::WelcomePage</name>
    <message>
        <source>Welcome — Jurybox</source>
        <translation>Bienvenida — Jurybox</translation>
    </message>
    <message>
        <source>&lt;h1&gt;Jurybox&lt;/h1&gt;&lt;p&gt;Judging for smart-city awards: judges score offline on their own laptops, the secretariat merges their scorecards, tallies the winners, checks the result and signs it off, and the ceremony gets its handbook.&lt;/p&gt;</source>
        <translation>&lt;h1&gt;Jurybox&lt;/h1&gt;&lt;p&gt;Evaluación de premios de ciudades inteligentes: los miembros del jurado puntúan sin conexión en sus propios portátiles, la secretaría reúne sus fichas de evaluación, calcula los ganadores, comprueba y valida el resultado, y la ceremonia recibe su manual.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Secretariat officer</source>
        <translation>Personal de la secretaría</translation>
    </message>
    <message>
        <source>Sets up the award, imports the entries and the judges, records conflicts of interest, assigns the judges and sends each one a package. Merges the returned packages, tallies, checks the result, signs it off and exports it.</source>
        <translation>Configura el premio, importa las candidaturas y los miembros del jurado, registra los conflictos de intereses, asigna el jurado y envía a cada miembro un paquete. Reúne los paquetes devueltos, hace el recuento, comprueba el resultado, lo valida y lo exporta.</translation>
    </message>
    <message>
        <source>New award…</source>
        <translation>Nuevo premio…</translation>
    </message>
    <message>
        <source>Open an award…</source>
        <translation>Abrir un premio…</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Jurado</translation>
    </message>
    <message>
        <source>Opens the package from the secretariat with the access code sent separately, reads each entry, scores every criterion and writes a comment — offline; every mark is saved at once. Submits, then sends the file back.</source>
        <translation>Abre el paquete de la secretaría con el código de acceso recibido por separado, lee cada candidatura, puntúa todos los criterios y escribe un comentario, sin conexión; cada puntuación se guarda al instante. Envía las fichas y devuelve el archivo.</translation>
    </message>
    <message>
        <source>Open a judge package…</source>
        <translation>Abrir un paquete del jurado…</translation>
    </message>
    <message>
        <source>Ceremony organiser</source>
        <translation>Organización de la ceremonia</translation>
    </message>
    <message>
        <source>Receives the ceremony handbook (PDF or HTML, in English, Korean or Spanish) and the result tables (CSV, Excel) from the secretariat.</source>
        <translation>Recibe de la secretaría el manual de la ceremonia (PDF o HTML, en inglés, coreano o español) y las tablas de resultados (CSV, Excel).</translation>
    </message>
    <message>
        <source>Try it: open the demo award (the 2nd WeGO Awards 2014)</source>
        <translation>Pruébelo: abra el premio de demostración (2.ª edición de los WeGO Awards, 2014)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recent files&lt;/b&gt;</source>
        <translation>&lt;b&gt;Archivos recientes&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Recent files</source>
        <translation>Archivos recientes</translation>
    </message>
    <message>
        <source>Settings (language)…</source>
        <translation>Configuración (idioma)…</translation>
    </message>
</context>
</TS>
