// Puts a class straight into the app's IndexedDB, as the app itself stores it, for benchmarks
// that need many pupils, photos or items (typing them in through the screens would take hours).
const AVATARS = [
  'cat',
  'dog',
  'rabbit',
  'owl',
  'fox',
  'bear',
  'frog',
  'turtle',
  'lion',
  'penguin',
  'whale',
  'butterfly',
  'elephant',
  'hedgehog',
  'mouse',
  'ladybug',
];

/** Loads the app once so it creates its database, then writes a class of `pupils` pupils. */
export async function seedClass(page, url, { pupils = 35, photos = true } = {}) {
  await page.goto(url);
  await page.waitForFunction(async () =>
    (await indexedDB.databases()).some((d) => d.name === 'praatpapier'),
  );
  const seeded = await page.evaluate(
    async ({ count, withPhotos, avatars }) => {
      const done = (request) =>
        new Promise((resolve, reject) => {
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const jpeg = async (side, hue, label) => {
        const canvas = new OffscreenCanvas(side, side);
        const context = canvas.getContext('2d');
        const gradient = context.createLinearGradient(0, 0, side, side);
        gradient.addColorStop(0, `hsl(${hue} 70% 70%)`);
        gradient.addColorStop(1, `hsl(${(hue + 60) % 360} 60% 40%)`);
        context.fillStyle = gradient;
        context.fillRect(0, 0, side, side);
        for (let i = 0; i < 30; i++) {
          context.fillStyle = `hsl(${(hue + i * 37) % 360} 60% ${30 + (i % 5) * 10}%)`;
          context.beginPath();
          context.arc((i * 53) % side, (i * 97) % side, side / (6 + (i % 7)), 0, Math.PI * 2);
          context.fill();
        }
        context.fillStyle = '#fff';
        context.font = `${side / 4}px sans-serif`;
        context.fillText(label, side / 8, side / 2);
        return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
      };
      const key = await crypto.subtle.importKey(
        'raw',
        new TextEncoder().encode('1234'),
        'PBKDF2',
        false,
        ['deriveBits'],
      );
      const salt = crypto.getRandomValues(new Uint8Array(16));
      const hash = new Uint8Array(
        await crypto.subtle.deriveBits(
          { name: 'PBKDF2', hash: 'SHA-256', salt, iterations: 210000 },
          key,
          256,
        ),
      );
      const b64 = (array) => btoa(String.fromCharCode(...array));

      const classId = crypto.randomUUID();
      const now = Date.now();
      const rows = { classes: [], pupils: [], teacher: [], media: [], mediaChunks: [] };
      rows.classes.push({
        id: classId,
        name: 'Groep 6a',
        language: 'nl',
        region: 'nl',
        pupilIdleMinutes: 5,
        createdAt: now,
        updatedAt: now,
      });
      rows.teacher.push({
        id: 'teacher',
        code: { algorithm: 'PBKDF2-SHA-256', iterations: 210000, salt: b64(salt), hash: b64(hash) },
        lockAfterMinutes: 5,
        updatedAt: now,
      });
      const pupilIds = [];
      for (let i = 0; i < count; i++) {
        const id = crypto.randomUUID();
        pupilIds.push(id);
        const pupil = {
          id,
          classId,
          firstName: `Kind ${String(i + 1).padStart(2, '0')}`,
          avatar: { drawing: avatars[i % avatars.length], colour: '#bfdbfe' },
          archived: false,
          createdAt: now,
          updatedAt: now,
        };
        if (withPhotos) {
          const mediaId = crypto.randomUUID();
          const large = await jpeg(512, (i * 29) % 360, String(i + 1));
          const thumbnail = await jpeg(160, (i * 29) % 360, String(i + 1));
          rows.media.push({
            id: mediaId,
            pupilId: id,
            kind: 'portrait',
            mimeType: 'image/jpeg',
            bytes: large.size,
            width: 512,
            height: 512,
            thumbnail,
            complete: true,
            createdAt: now,
          });
          rows.mediaChunks.push({ mediaId, seq: 0, blob: large });
          pupil.photoMediaId = mediaId;
        }
        rows.pupils.push(pupil);
      }
      const database = await done(indexedDB.open('praatpapier'));
      const tx = database.transaction(Object.keys(rows), 'readwrite');
      for (const [store, list] of Object.entries(rows))
        for (const row of list) tx.objectStore(store).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      database.close();
      const settings = await done(indexedDB.open('praatpapier-device'));
      const write = settings.transaction('settings', 'readwrite');
      write.objectStore('settings').put(classId, 'currentClassId');
      await new Promise((resolve) => (write.oncomplete = resolve));
      settings.close();
      return { classId, pupilIds };
    },
    { count: pupils, withPhotos: photos, avatars: AVATARS },
  );
  return seeded;
}

/** Every tool of a round, as the seeded round has them on. */
export const TOOLS = [
  'portfolio',
  'ratings',
  'spinnenweb',
  'questions',
  'vragenpot',
  'circles',
  'goals',
  'video',
  'parentQuestions',
];

/** An open round with every tool on, and a slot and a plan for every pupil. */
export async function seedRound(page, classId, pupilIds) {
  return page.evaluate(
    async ({ classId, pupilIds, tools }) => {
      const now = Date.now();
      const day = new Date().toISOString().slice(0, 10);
      const round = {
        id: crypto.randomUUID(),
        classId,
        kind: 'kom',
        title: 'KOM-gesprek',
        ageBand: 'bovenbouw',
        status: 'open',
        firstDay: day,
        lastDay: day,
        lookBackFrom: day,
        minutesPerTalk: 20,
        tools,
        scale: 'thermometer',
        answerMode: 'typed',
        topics: ['Lezen', 'Rekenen', 'Taal', 'Samenwerken', 'Me fijn voelen in de klas'].map(
          (label, i) => ({
            id: `t${i}`,
            label,
          }),
        ),
        // Four questions, as a KOM-gesprek has.
        questions: [
          'Wat heb ik geleerd?',
          'Waar ben ik trots op?',
          'Wat wil ik nog leren?',
          'Wat wil ik vertellen?',
        ].map((text, i) => ({ id: `q${i + 1}`, text })),
        agenda: [],
        jar: ['leren-01'],
        parentQuestions: [],
        createdAt: now,
        updatedAt: now,
        openedAt: now,
      };
      const plans = pupilIds.map((pupilId, i) => ({
        roundId: round.id,
        pupilId,
        slot: `${day}T${String(8 + Math.floor(i / 4)).padStart(2, '0')}:${String((i % 4) * 15).padStart(2, '0')}`,
        focus: 'Lezen',
        message: 'Goed bezig',
        hearFromPupil: '',
        hearFromParents: '',
        parentAnswers: [],
        updatedAt: now,
      }));
      const database = await new Promise((resolve, reject) => {
        const request = indexedDB.open('praatpapier');
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      const tx = database.transaction(['rounds', 'pupilPlans'], 'readwrite');
      tx.objectStore('rounds').put(round);
      for (const plan of plans) tx.objectStore('pupilPlans').put(plan);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      database.close();
      return round.id;
    },
    { classId, pupilIds, tools: TOOLS },
  );
}

/**
 * Fills every part of a round for each pupil, as the app stores it: `items` portfolio items
 * (each with a 1600 px photo and a 320 px thumbnail when `photos`), a rating per topic, an answer
 * per question, a jar answer, the three circles, a goal and a reviewed share; with `clips`, an
 * ice-breaker video of 1:23 with its still (a short stand-in for the recording's bytes).
 */
export async function seedPreparation(
  page,
  roundId,
  pupilIds,
  { items = 3, photos = true, clips = false } = {},
) {
  return page.evaluate(
    async ({ roundId, pupilIds, items, photos, clips }) => {
      const open = () =>
        new Promise((resolve, reject) => {
          const request = indexedDB.open('praatpapier');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
      const jpeg = async (width, height, hue) => {
        const canvas = new OffscreenCanvas(width, height);
        const context = canvas.getContext('2d');
        const gradient = context.createLinearGradient(0, 0, width, height);
        gradient.addColorStop(0, `hsl(${hue} 70% 70%)`);
        gradient.addColorStop(1, `hsl(${(hue + 90) % 360} 60% 35%)`);
        context.fillStyle = gradient;
        context.fillRect(0, 0, width, height);
        for (let i = 0; i < 40; i++) {
          context.fillStyle = `hsl(${(hue + i * 41) % 360} 60% ${30 + (i % 5) * 10}%)`;
          context.fillRect((i * 137) % width, (i * 91) % height, width / 9, height / 11);
        }
        return canvas.convertToBlob({ type: 'image/jpeg', quality: 0.85 });
      };
      let database = await open();
      const round = await new Promise((resolve) => {
        const request = database.transaction('rounds').objectStore('rounds').get(roundId);
        request.onsuccess = () => resolve(request.result);
      });
      database.close();
      // A handful of distinct photos, reused: making 200 different 1600 px JPEGs would only
      // measure the seeding.
      const photoSet = [];
      if (photos)
        for (let i = 0; i < 8; i++)
          photoSet.push({
            large: await jpeg(1600, 1200, i * 45),
            thumb: await jpeg(320, 240, i * 45),
          });
      const now = Date.now();
      const day = round.lookBackFrom;
      const rows = {
        portfolioItems: [],
        media: [],
        mediaChunks: [],
        ratings: [],
        answers: [],
        circles: [],
        goals: [],
        pupilRounds: [],
        clips: [],
      };
      const still = clips ? await jpeg(320, 240, 200) : undefined;
      for (const pupilId of pupilIds) {
        for (let i = 0; i < items; i++) {
          const id = crypto.randomUUID();
          const item = {
            id,
            pupilId,
            day,
            title: `Geleerd ${i + 1}`,
            note: 'Dit heb ik geleerd en zo ging het.',
            topic: 'Rekenen',
            level: ['notYet', 'almost', 'can'][i % 3],
            proud: i % 4 === 0,
            share: 'parents',
            createdAt: now - i * 1000,
            updatedAt: now,
          };
          if (photos) {
            const photo = photoSet[i % photoSet.length];
            const mediaId = crypto.randomUUID();
            rows.media.push({
              id: mediaId,
              pupilId,
              kind: 'photo',
              mimeType: 'image/jpeg',
              bytes: photo.large.size,
              width: 1600,
              height: 1200,
              thumbnail: photo.thumb,
              complete: true,
              createdAt: now,
            });
            rows.mediaChunks.push({ mediaId, seq: 0, blob: photo.large });
            item.photoMediaId = mediaId;
          }
          rows.portfolioItems.push(item);
        }
        for (const topic of round.topics)
          rows.ratings.push({
            pupilId,
            roundId,
            topicId: topic.id,
            scale: round.scale,
            now: 5,
            month: 8,
            share: 'parents',
            updatedAt: now,
          });
        for (const question of round.questions)
          rows.answers.push({
            pupilId,
            roundId,
            questionId: question.id,
            source: 'round',
            question: question.text,
            text: 'Mijn antwoord op deze vraag.',
            putBack: false,
            share: 'parents',
            createdAt: now,
            updatedAt: now,
          });
        rows.answers.push({
          pupilId,
          roundId,
          questionId: round.jar[0],
          source: 'jar',
          question: 'Een vraag uit de pot',
          text: 'Mijn antwoord.',
          putBack: false,
          share: 'parents',
          createdAt: now,
          updatedAt: now,
        });
        for (const circle of ['home', 'me', 'school'])
          rows.circles.push({
            pupilId,
            roundId,
            circle,
            plus: 'Gaat goed',
            minus: 'Gaat minder',
            wonder: '',
            goal: 'Mijn doel',
            need: 'Hulp',
            share: 'parents',
            updatedAt: now,
          });
        rows.goals.push({
          id: crypto.randomUUID(),
          pupilId,
          roundId,
          aim: 'De tafels kennen',
          progress: 2,
          nextStep: 'Elke dag oefenen',
          help: ['practice'],
          helpNote: '',
          share: 'parents',
          createdAt: now,
          updatedAt: now,
        });
        rows.pupilRounds.push({ roundId, pupilId, reviewedAt: now, updatedAt: now });
        if (clips) {
          const mediaId = crypto.randomUUID();
          const bytes = new Blob([new Uint8Array(4096)], { type: 'video/webm' });
          rows.media.push({
            id: mediaId,
            pupilId,
            kind: 'video',
            mimeType: 'video/webm',
            bytes: bytes.size,
            durationMs: 83_000,
            thumbnail: still,
            complete: true,
            purpose: 'icebreaker',
            roundId,
            createdAt: now,
          });
          rows.mediaChunks.push({ mediaId, seq: 0, blob: bytes });
          rows.clips.push({ pupilId, roundId, mediaId, share: 'parents', updatedAt: now });
        }
      }
      database = await open();
      const tx = database.transaction(Object.keys(rows), 'readwrite');
      for (const [store, list] of Object.entries(rows))
        for (const row of list) tx.objectStore(store).put(row);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      database.close();
    },
    { roundId, pupilIds, items, photos, clips },
  );
}

/** Signs a pupil in, as the start screen does, by the device setting that survives a reload. */
export async function seedSignedIn(page, pupilId) {
  await page.evaluate(async (id) => {
    const settings = await new Promise((resolve, reject) => {
      const request = indexedDB.open('praatpapier-device');
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
    const write = settings.transaction('settings', 'readwrite');
    write.objectStore('settings').put(id, 'signedInPupilId');
    await new Promise((resolve) => (write.oncomplete = resolve));
    settings.close();
  }, pupilId);
}

/**
 * An ice-breaker video of `megabytes` for each pupil, written as the recorder writes it (1 MB
 * chunks of bytes that do not compress), with its still and its clip row.
 */
export async function seedRecordings(page, roundId, pupilIds, { megabytes = 10 } = {}) {
  for (const pupilId of pupilIds)
    await page.evaluate(
      async ({ roundId, pupilId, megabytes }) => {
        const database = await new Promise((resolve, reject) => {
          const request = indexedDB.open('praatpapier');
          request.onsuccess = () => resolve(request.result);
          request.onerror = () => reject(request.error);
        });
        const noise = (size) => {
          const bytes = new Uint8Array(size);
          for (let at = 0; at < size; at += 65536)
            crypto.getRandomValues(bytes.subarray(at, Math.min(size, at + 65536)));
          return bytes;
        };
        const mediaId = crypto.randomUUID();
        const now = Date.now();
        const chunks = Array.from(
          { length: megabytes },
          () => new Blob([noise(1_000_000)], { type: 'video/webm' }),
        );
        const tx = database.transaction(['media', 'mediaChunks', 'clips'], 'readwrite');
        tx.objectStore('media').put({
          id: mediaId,
          pupilId,
          kind: 'video',
          mimeType: 'video/webm;codecs=vp8,opus',
          bytes: megabytes * 1_000_000,
          durationMs: 110_000,
          thumbnail: new Blob([noise(6000)], { type: 'image/jpeg' }),
          complete: true,
          purpose: 'icebreaker',
          roundId,
          createdAt: now,
        });
        chunks.forEach((blob, seq) => tx.objectStore('mediaChunks').put({ mediaId, seq, blob }));
        tx.objectStore('clips').put({
          pupilId,
          roundId,
          mediaId,
          share: 'parents',
          updatedAt: now,
        });
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        database.close();
      },
      { roundId, pupilId, megabytes },
    );
}
